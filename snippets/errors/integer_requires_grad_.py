import torch

x = torch.arange(3)
print("x.dtype:", x.dtype)
x.requires_grad_()
