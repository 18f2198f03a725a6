import torch

x = torch.tensor(2.0, requires_grad=True)
y = x * x
print("y.requires_grad:", y.requires_grad, "y.grad_fn:", y.grad_fn.name())
y.backward()
print("x.grad:", x.grad)
