import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
(x * x).sum().backward()
print("x.dtype:", x.dtype)
print("x.grad:", x.grad)
