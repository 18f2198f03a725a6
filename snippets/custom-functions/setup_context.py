import torch

class Cube(torch.autograd.Function):
    @staticmethod
    def forward(x):
        return x ** 3

    @staticmethod
    def setup_context(ctx, inputs, output):
        (x,) = inputs
        ctx.save_for_backward(x)

    @staticmethod
    def backward(ctx, grad_out):
        (x,) = ctx.saved_tensors
        return grad_out * 3 * x ** 2

x = torch.tensor(2.0, requires_grad=True)
Cube.apply(x).backward()
print("x.grad:", x.grad)
print("torch.func.grad(Cube.apply):", torch.func.grad(Cube.apply)(torch.tensor(2.0)))
