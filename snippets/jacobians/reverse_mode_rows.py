import torch
from torch.func import jacrev, vjp


def jacobian_by_rows(f, x):  # reverse mode: one vjp (backward pass) per output
    y, pullback = vjp(f, x)
    rows = [pullback(e)[0] for e in torch.eye(y.numel())]
    return torch.stack(rows), len(rows)


def wide_to_narrow(x):  # R^6 -> R^2
    return torch.stack([x.sum(), (x ** 2).sum()])


def narrow_to_wide(x):  # R^2 -> R^6
    return x[0] * torch.arange(6.0) + x[1] ** 2


for f, x in [(wide_to_narrow, torch.arange(6.0)), (narrow_to_wide, torch.tensor([1.0, 2.0]))]:
    J, passes = jacobian_by_rows(f, x)
    torch.testing.assert_close(J, jacrev(f)(x))
    print(f"{f.__name__}: J is {tuple(J.shape)}, built with {passes} backward passes, matches jacrev")
