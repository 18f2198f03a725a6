import torch
import torch.autograd.forward_ad as fwAD
from torch.autograd.functional import jvp


def g(x):  # R^2 -> R^3
    return torch.stack([x[0] * x[1], torch.sin(x[0]), x[1] ** 2])


x, u = torch.tensor([1.0, 2.0]), torch.tensor([1.0, 1.0])
with fwAD.dual_level():
    y = g(fwAD.make_dual(x, u))
    primal, tangent = fwAD.unpack_dual(y)
print("primal, g(x):", primal)
print("tangent, J u:", tangent)
torch.testing.assert_close(tangent, jvp(g, x, u)[1])
print("tangent matches jvp")
print("tangent after the with block:", fwAD.unpack_dual(y).tangent)
