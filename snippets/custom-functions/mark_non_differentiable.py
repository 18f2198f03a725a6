import torch

class MaxOneHot(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        onehot = (x == x.max()).to(x.dtype)
        ctx.mark_non_differentiable(onehot)
        ctx.save_for_backward(onehot)
        return x.max(), onehot

    @staticmethod
    def backward(ctx, grad_value, grad_onehot):
        print("grad_onehot:", grad_onehot)
        (onehot,) = ctx.saved_tensors
        return grad_value * onehot / onehot.sum()

x = torch.tensor([1.0, 5.0, 3.0], requires_grad=True)
value, onehot = MaxOneHot.apply(x)
print("value:", value)
print("onehot:", onehot, "requires_grad:", onehot.requires_grad)
value.backward()
print("x.grad:", x.grad)
