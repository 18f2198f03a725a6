import torch

x = torch.tensor(3.0, requires_grad=True)
y = x * x
(dy_dx,) = torch.autograd.grad(y, x)
print("dy_dx:", dy_dx)
print("x.grad:", x.grad)
