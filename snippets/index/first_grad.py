import torch

x = torch.tensor(3.0, requires_grad=True)
print("before backward():", x.grad)
y = x ** 2
y.backward()
print("after backward():", x.grad)
