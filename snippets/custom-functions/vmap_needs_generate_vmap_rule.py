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

x = torch.tensor([1.0, 2.0, 3.0])
print("jacrev:", torch.func.jacrev(Cube.apply)(x))
torch.func.vmap(Cube.apply)(x)
