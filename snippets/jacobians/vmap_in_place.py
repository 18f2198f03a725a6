import torch
from torch.func import vmap


def first_squared(r):
    out = torch.zeros_like(r)  # one row of the batch, like r
    out[0] = r[0] ** 2
    return out


def first_squared_zeros(r):
    out = torch.zeros(2)  # a plain tensor, the same for every row
    out[0] = r[0] ** 2
    return out


rows = torch.tensor([[1.0, -2.0], [3.0, 4.0]])
print("vmap(first_squared):", vmap(first_squared)(rows))
vmap(first_squared_zeros)(rows)
