import torch

x = torch.tensor(2.0, requires_grad=True)
y = x * x
print("before backward():", x.grad)
y.backward()
print("after backward():", x.grad)
