import torch

x = torch.tensor(3.0, requires_grad=True)
w = torch.tensor(2.0, requires_grad=True)
z = x ** 2 * w
(dz_dx,) = torch.autograd.grad(z, x, create_graph=True)
(d_dw,) = torch.autograd.grad(dz_dx, w)
print("dz/dx:", dz_dx)
print("d(dz/dx)/dw:", d_dw)
