import torch

x = torch.tensor(2.0, requires_grad=True)
y = x
for _ in range(3):
    y = y * x
y.backward()
print("y:", y)
print("x.grad:", x.grad)
