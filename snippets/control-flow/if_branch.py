import torch

def f(x):
    if x > 0:
        return x ** 2
    return -3 * x

for value in (2.0, -1.0):
    x = torch.tensor(value, requires_grad=True)
    y = f(x)
    y.backward()
    print(f"x = {value}:", "y =", y, " x.grad =", x.grad)
