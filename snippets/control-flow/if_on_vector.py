import torch

x = torch.tensor([-1.0, 2.0], requires_grad=True)
if x > 0:
    y = x ** 2
