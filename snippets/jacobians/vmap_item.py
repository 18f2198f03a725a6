import torch
from torch.func import vmap


def scale(r):  # divides by a tensor
    return r / r.abs().max()


def scale_item(r):  # divides by a Python number
    return r / r.abs().max().item()


rows = torch.tensor([[1.0, -2.0], [3.0, 4.0]])
print("vmap(scale):", vmap(scale)(rows))
vmap(scale_item)(rows)
