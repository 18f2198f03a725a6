import math

import torch
from torch.autograd.functional import jacobian


def g(x):  # R^2 -> R^3
    return torch.stack([x[0] * x[1], torch.sin(x[0]), x[1] ** 2])


x = torch.tensor([1.0, 2.0])
J = jacobian(g, x)
print("J:", J, sep="\n")
# [[x1, x0], [cos x0, 0], [0, 2 x1]] at x = (1, 2)
torch.testing.assert_close(J, torch.tensor([[2.0, 1.0], [math.cos(1.0), 0.0], [0.0, 4.0]]))
print("J matches the analytic Jacobian")
