import torch

x = torch.tensor(2.0, requires_grad=True)
w = torch.tensor(3.0, requires_grad=True)
z = x * w + 1

def walk(node, depth=0):
    print("  " * depth + (type(node).__name__ if node else "None"))
    for parent, _ in (node.next_functions if node else ()):
        walk(parent, depth + 1)

walk(z.grad_fn)
