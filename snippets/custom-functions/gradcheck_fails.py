import torch
from torch.autograd.gradcheck import GradcheckError

class WrongCube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, grad_out):
        (x,) = ctx.saved_tensors
        return grad_out * 2 * x ** 2  # should be 3 * x ** 2

x = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
try:
    torch.autograd.gradcheck(WrongCube.apply, (x,))
except GradcheckError as error:
    print("\n".join(str(error).splitlines()[:3]))
