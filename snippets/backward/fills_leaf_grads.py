import torch

x = torch.tensor(4.0)
w = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
y = w * x + b
y.backward()
print("w.grad:", w.grad)
print("b.grad:", b.grad)
print("x.grad:", x.grad)
