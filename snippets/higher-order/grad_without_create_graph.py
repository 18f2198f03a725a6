import torch

x = torch.tensor(4.0, requires_grad=True)
(dy_dx,) = torch.autograd.grad(x ** 3, x)
print("dy/dx:", dy_dx)
print("grad_fn:", dy_dx.grad_fn)
torch.autograd.grad(dy_dx, x)
