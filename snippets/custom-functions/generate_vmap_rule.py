import torch

class Cube(torch.autograd.Function):
    generate_vmap_rule = True

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
print("vmap:", torch.func.vmap(Cube.apply)(x))
print("vmap(grad):", torch.func.vmap(torch.func.grad(Cube.apply))(x))
torch.func.jvp(Cube.apply, (x,), (torch.ones(3),))
