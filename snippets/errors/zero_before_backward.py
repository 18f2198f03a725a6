import torch

x = torch.arange(3.0, requires_grad=True)
print("x.grad:", x.grad)
x.grad.zero_()
