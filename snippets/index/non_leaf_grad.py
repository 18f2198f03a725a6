import torch

x = torch.tensor(3.0, requires_grad=True)
y = x ** 2
y.backward()
print("x.is_leaf:", x.is_leaf, "x.grad:", x.grad)
print("y.is_leaf:", y.is_leaf, "y.grad:", y.grad)
