import torch

x = torch.arange(4.0, requires_grad=True)
y = 2 * torch.dot(x, x)
y.backward()

y = x.sum()
y.backward()
print("x.grad:", x.grad)
