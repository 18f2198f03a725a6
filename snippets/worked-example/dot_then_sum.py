import torch

x = torch.arange(4.0, requires_grad=True)
y = 2 * torch.dot(x, x)
y.backward()
print("after y = 2 * dot(x, x):", x.grad)

x.grad.zero_()
y = x.sum()
y.backward()
print("after y = x.sum():      ", x.grad)
