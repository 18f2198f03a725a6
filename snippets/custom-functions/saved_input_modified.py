import torch

class Mul(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, w):
        ctx.save_for_backward(w)
        return x * w

    @staticmethod
    def backward(ctx, grad_out):
        (w,) = ctx.saved_tensors
        return grad_out * w, None

x = torch.tensor(2.0, requires_grad=True)
w = torch.tensor(3.0)
y = Mul.apply(x, w)
w += 1  # changes the tensor that forward saved
y.backward()
