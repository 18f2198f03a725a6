import torch

x = torch.tensor(3.0, requires_grad=True)
(d_2x,) = torch.autograd.grad(2 * x, x, create_graph=True)
(d_xx,) = torch.autograd.grad(x ** 2, x, create_graph=True)
print("d(2x)/dx:", d_2x, "grad_fn:", d_2x.grad_fn)
print("d(x**2)/dx:", d_xx)
