import torch
from torch import nn

x = torch.tensor([0.0, 1.0], requires_grad=True)
torch.log(x).sum().backward()
print("x.grad before:", x.grad)
print("total norm:   ", nn.utils.clip_grad_norm_([x], max_norm=1.0))
print("x.grad after: ", x.grad)
