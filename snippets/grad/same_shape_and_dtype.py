import torch

x = torch.ones(2, 3, dtype=torch.float64, requires_grad=True)
y = (x * x).sum()
y.backward()
print("x:", x.shape, x.dtype)
print("x.grad:", x.grad.shape, x.grad.dtype)
