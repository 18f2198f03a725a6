import torch
from torch import nn

x = torch.tensor([0.0, 1.0], requires_grad=True)
torch.log(x).sum().backward()
nn.utils.clip_grad_norm_([x], max_norm=1.0, error_if_nonfinite=True)
