import torch

class Scale(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, k):
        ctx.k = k
        return x * k

    @staticmethod
    def backward(ctx, grad_out):
        return grad_out * ctx.k, None  # one per forward input; k gets None

x = torch.tensor(2.0, requires_grad=True)
Scale.apply(x, 10.0).backward()
print("x.grad:", x.grad)
