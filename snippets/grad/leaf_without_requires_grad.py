import torch

x = torch.tensor(2.0, requires_grad=True)
c = torch.tensor(3.0)
y = c * x
y.backward()
print("x.grad:", x.grad)
print("c.grad:", c.grad)
