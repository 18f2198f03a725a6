import torch

x = torch.arange(3, requires_grad=True)
