import torch

x = torch.tensor(2.0)
y = x * x
print("y.requires_grad:", y.requires_grad, "y.grad_fn:", y.grad_fn)
y.backward()
