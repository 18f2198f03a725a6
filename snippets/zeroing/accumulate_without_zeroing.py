import torch

x = torch.arange(4.0, requires_grad=True)
y = 2 * torch.dot(x, x)
y.backward()
print("after y = 2xᵀx:", x.grad)
y = x.sum()
y.backward()
print("after y = x.sum():", x.grad)
