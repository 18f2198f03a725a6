import torch

def f(a):
    b = a * 2
    while b.norm() < 100:
        b = b * 2
    return b

for value in (1.5, 40.0):
    a = torch.tensor(value, requires_grad=True)
    d = f(a)
    d.backward()
    print(f"a = {value}: f(a) = {d.item()}, a.grad = {a.grad.item()}, f(a) / a = {d.item() / value}")
