# Needs torch 2.1 or newer: torch.autograd.grad(materialize_grads=)
import torch

x = torch.tensor(2.0, requires_grad=True)
y = torch.tensor(3.0, requires_grad=True)
z = x * x
dz_dx, dz_dy = torch.autograd.grad(z, [x, y], materialize_grads=True)
print("dz/dx:", dz_dx)
print("dz/dy:", dz_dy)
