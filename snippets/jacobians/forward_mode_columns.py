import torch
from torch.func import jacfwd, jacrev, jvp


def jacobian_by_columns(f, x):  # forward mode: one jvp (forward pass) per input
    columns = [jvp(f, (x,), (e,))[1] for e in torch.eye(x.numel())]
    return torch.stack(columns, dim=1), len(columns)


def wide_to_narrow(x):  # R^6 -> R^2
    return torch.stack([x.sum(), (x ** 2).sum()])


def narrow_to_wide(x):  # R^2 -> R^6
    return x[0] * torch.arange(6.0) + x[1] ** 2


for f, x in [(wide_to_narrow, torch.arange(6.0)), (narrow_to_wide, torch.tensor([1.0, 2.0]))]:
    J, passes = jacobian_by_columns(f, x)
    torch.testing.assert_close(J, jacfwd(f)(x))
    torch.testing.assert_close(jacfwd(f)(x), jacrev(f)(x))
    print(f"{f.__name__}: J is {tuple(J.shape)}, built with {passes} forward passes, matches jacfwd and jacrev")
