import torch

class Scale(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, k):
        ctx.k = k
        return x * k

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output * ctx.k

x = torch.tensor(2.0, requires_grad=True)
Scale.apply(x, 3.0).backward()
