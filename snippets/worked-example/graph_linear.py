import torch

x = torch.tensor(1.0, requires_grad=True)
w = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
y = w * x + b

names = {id(x): "x", id(w): "w", id(b): "b"}


def show(node, depth=0):
    line = "  " * depth + type(node).__name__
    if hasattr(node, "variable"):
        line += f" -> {names[id(node.variable)]}.grad"
    print(line)
    for child, _ in node.next_functions:
        if child is not None:
            show(child, depth + 1)


show(y.grad_fn)
