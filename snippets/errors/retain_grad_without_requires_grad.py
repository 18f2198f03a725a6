import torch

x = torch.tensor(2.0)
y = x * x
y.retain_grad()
