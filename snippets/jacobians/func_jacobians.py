import math

import torch
from torch.func import hessian, jacfwd, jacrev


def g(x):  # R^2 -> R^3
    return torch.stack([x[0] * x[1], torch.sin(x[0]), x[1] ** 2])


x = torch.tensor([1.0, 2.0])
J = torch.tensor([[2.0, 1.0], [math.cos(1.0), 0.0], [0.0, 4.0]])  # analytic, at x = (1, 2)
print("jacrev(g)(x):", jacrev(g)(x), sep="\n")
torch.testing.assert_close(jacrev(g)(x), J)
torch.testing.assert_close(jacfwd(g)(x), J)
print("jacrev and jacfwd both match the analytic Jacobian")
H0 = hessian(lambda x: g(x)[0])(x)  # g0 = x0 x1
print("hessian of x0 x1:", H0)
torch.testing.assert_close(H0, torch.tensor([[0.0, 1.0], [1.0, 0.0]]))
print("matches [[0, 1], [1, 0]]")
