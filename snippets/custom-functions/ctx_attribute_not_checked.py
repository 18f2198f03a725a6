import torch

class Mul(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, w):
        ctx.w = w  # not save_for_backward
        return x * w

    @staticmethod
    def backward(ctx, grad_out):
        return grad_out * ctx.w, None

x = torch.tensor(2.0, requires_grad=True)
w = torch.tensor(3.0)
y = Mul.apply(x, w)
w += 1
y.backward()
print("x.grad:", x.grad, "(y was computed with w = 3)")
