import torch

class Scale(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, k):
        ctx.k = k
        return x * k

    @staticmethod
    def backward(ctx, grad_out):
        return grad_out * ctx.k

x = torch.tensor(2.0, requires_grad=True)
Scale.apply(x, 10.0).backward()
