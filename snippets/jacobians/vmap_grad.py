import torch
from torch.func import grad, vmap


def f(t):  # one number in, one number out
    print("f receives:", t)
    return t ** 2 * torch.sin(t)


a, b = torch.arange(6.0).reshape(3, 2), torch.ones(3, 2)
print("vmap(torch.dot)(a, b):", vmap(torch.dot)(a, b))  # one dot product per row
x = torch.tensor([0.5, 1.0, 2.0])
df = vmap(grad(f))(x)
print("vmap(grad(f))(x):", df)
torch.testing.assert_close(df, 2 * x * torch.sin(x) + x ** 2 * torch.cos(x))
print("matches f'(x) at each element")
