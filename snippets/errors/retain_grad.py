import torch

x = torch.tensor(2.0, requires_grad=True)
y = x * x
y.retain_grad()
z = y * 3
z.backward()
print("y.grad:", y.grad)
print("x.grad:", x.grad)
