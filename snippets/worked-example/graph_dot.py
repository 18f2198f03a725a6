import torch

x = torch.arange(4.0, requires_grad=True)
y = 2 * torch.dot(x, x)
names = {id(x): "x"}


def show(node, depth=0):
    line = "  " * depth + type(node).__name__
    if hasattr(node, "variable"):
        line += f" -> {names[id(node.variable)]}.grad"
    print(line)
    for child, _ in node.next_functions:
        if child is not None:
            show(child, depth + 1)


show(y.grad_fn)
