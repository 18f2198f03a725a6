import torch

def formula(x):
    return 1 / (1 + torch.exp(-x))

class Sigmoid(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        s = formula(x)
        ctx.save_for_backward(s)
        return s

    @staticmethod
    def backward(ctx, grad_out):
        (s,) = ctx.saved_tensors
        return grad_out * s * (1 - s)

for name, sigmoid in [("formula", formula), ("Sigmoid", Sigmoid.apply), ("torch.sigmoid", torch.sigmoid)]:
    x = torch.tensor([-100.0, 0.0], requires_grad=True)
    y = sigmoid(x)
    y.sum().backward()
    print(f"{name}: y = {y.detach()}, x.grad = {x.grad}")
