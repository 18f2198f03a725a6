import torch
from torch.autograd.function import once_differentiable

class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    @once_differentiable
    def backward(ctx, grad_out):
        (x,) = ctx.saved_tensors
        return grad_out * 3 * x ** 2

x = torch.tensor(2.0, requires_grad=True)
for name, y in [("x * Cube.apply(x)", x * Cube.apply(x)), ("x ** 4", x ** 4)]:
    (dy_dx,) = torch.autograd.grad(y, x, create_graph=True)
    (d2y_dx2,) = torch.autograd.grad(dy_dx, x)
    print(f"{name}: dy/dx = {dy_dx.item()}, d2y/dx2 = {d2y_dx2.item()}")
