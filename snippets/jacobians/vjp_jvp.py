import math

import torch
from torch.autograd.functional import jvp, vjp


def g(x):  # R^2 -> R^3
    return torch.stack([x[0] * x[1], torch.sin(x[0]), x[1] ** 2])


x = torch.tensor([1.0, 2.0])
J = torch.tensor([[2.0, 1.0], [math.cos(1.0), 0.0], [0.0, 4.0]])  # analytic, at x = (1, 2)
v, u = torch.tensor([1.0, 0.0, 1.0]), torch.tensor([1.0, 1.0])
_, vJ = vjp(g, x, v)
_, Ju = jvp(g, x, u)
print("vjp, vᵀJ:", vJ)
print("jvp, J u:", Ju)
torch.testing.assert_close(vJ, v @ J)
torch.testing.assert_close(Ju, J @ u)
print("both match the analytic Jacobian")
