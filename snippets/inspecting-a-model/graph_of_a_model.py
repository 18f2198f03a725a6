import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
loss = model(torch.ones(2, 3)).sum()
names = {id(p): n for n, p in model.named_parameters()}


def show(node, depth=0):
    line = "  " * depth + type(node).__name__
    if hasattr(node, "variable"):
        line += f" -> {names[id(node.variable)]}.grad"
    print(line)
    for child, _ in node.next_functions:
        if child is not None:
            show(child, depth + 1)


show(loss.grad_fn)
