import torch
from torch.func import grad


def f(x):
    return x ** 2 * torch.sin(x)  # one output per element: not a scalar


grad(f)(torch.tensor([0.5, 1.0, 2.0]))
