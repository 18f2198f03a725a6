import torch
from torch.func import grad


def h(x):  # R^3 -> R
    return (x ** 2 * torch.sin(x)).sum()


dh = grad(h)
print("grad(h) is a", type(dh))
x = torch.tensor([0.5, 1.0, 2.0])
print("grad(h)(x):", dh(x))
torch.testing.assert_close(dh(x), 2 * x * torch.sin(x) + x ** 2 * torch.cos(x))
print("matches 2x sin x + x² cos x")
print("x.requires_grad:", x.requires_grad, "x.grad:", x.grad)
xr = x.clone().requires_grad_()
dh(xr)
print("x with requires_grad=True, .grad after grad(h)(x):", xr.grad)
