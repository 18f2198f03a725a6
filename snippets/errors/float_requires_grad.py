import torch

x = torch.arange(3.0, requires_grad=True)
print("x.dtype:", x.dtype)
(x * x).sum().backward()
print("x.grad:", x.grad)
