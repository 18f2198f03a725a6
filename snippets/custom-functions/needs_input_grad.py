import torch

class Mul(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, w):
        ctx.save_for_backward(x, w)
        return x * w

    @staticmethod
    def backward(ctx, grad_out):
        x, w = ctx.saved_tensors
        print("needs_input_grad:", ctx.needs_input_grad)
        grad_x = grad_out * w if ctx.needs_input_grad[0] else None
        grad_w = grad_out * x if ctx.needs_input_grad[1] else None
        return grad_x, grad_w

x = torch.tensor(2.0, requires_grad=True)
w = torch.tensor(3.0)
Mul.apply(x, w).backward()
print("x.grad:", x.grad, "w.grad:", w.grad)
