import torch

x = torch.tensor(2.0, requires_grad=True)
y = torch.tensor(3.0, requires_grad=True)

def inputs(t):
    return [type(node).__name__ if node else None for node, _ in t.grad_fn.next_functions]

print("x ** 2:", inputs(x ** 2))
print("x * y: ", inputs(x * y))
print("x * 2: ", inputs(x * 2))
