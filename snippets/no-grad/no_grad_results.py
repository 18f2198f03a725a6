import torch

x = torch.tensor(2.0, requires_grad=True)
with torch.no_grad():
    y = x * 3
z = x * 3

print("y:", y.requires_grad, y.grad_fn)
print("z:", z.requires_grad, z.grad_fn.name())
print("x:", x.requires_grad)
