import torch

x = torch.tensor(1.0, requires_grad=True)
y = x.exp()
y = y + 1
y.backward()
print("x.grad:", x.grad)
