import torch

x = torch.tensor(3.0, requires_grad=True)
y = x * 2
print("y:", y)
y.backward()
print("x.grad:", x.grad)
y.backward()
