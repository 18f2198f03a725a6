import weakref

import torch
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
layer = torch.nn.Linear(3, 3)
x = torch.randn(2, 3, requires_grad=True)
h_refs = []


def block(x):
    h = layer(x)  # sin() saves its input h for the backward pass
    h_refs.append(weakref.ref(h))
    return torch.sin(h)


y = block(x)
print("h alive after forward, without checkpoint:", h_refs[-1]() is not None)
y = checkpoint(block, x, use_reentrant=False)
print("h alive after forward, with checkpoint:", h_refs[-1]() is not None)
