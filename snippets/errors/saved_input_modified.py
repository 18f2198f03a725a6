import torch

x = torch.tensor(1.0, requires_grad=True)
y = x * 2
z = y.sin()
y += 1
print("y.grad_fn:", y.grad_fn.name())
z.backward()
