import torch
from torch.autograd.functional import hessian, hvp, vhp


def h(x):  # R^3 -> R
    return (x ** 2 * torch.sin(x)).sum()


x, v = torch.tensor([0.5, 1.0, 2.0]), torch.tensor([1.0, 0.0, 1.0])
H = hessian(h, x)
print("H:", H, sep="\n")
second = 2 * torch.sin(x) + 4 * x * torch.cos(x) - x ** 2 * torch.sin(x)  # (x² sin x)''
torch.testing.assert_close(H, torch.diag(second))
_, Hv = hvp(h, x, v)
print("hvp, H v:", Hv)
torch.testing.assert_close(Hv, torch.diag(second) @ v)
print("H and H v match the analytic Hessian")
_, vH = vhp(h, x, v)
torch.testing.assert_close(vH, Hv)
print("vhp, vᵀH, matches H v")
