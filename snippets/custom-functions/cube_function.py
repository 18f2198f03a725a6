import torch

class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, grad_out):
        (x,) = ctx.saved_tensors
        return grad_out * 3 * x ** 2

x = torch.tensor(2.0, requires_grad=True)
y = Cube.apply(x)
y.backward()
print("y:", y)
print("x.grad:", x.grad)
print("autograd's gradient of x ** 3:", torch.autograd.grad(x ** 3, x)[0])
