import torch

x = torch.arange(3.0, requires_grad=True)
y = (x ** 2).sum()
x.detach().zero_()
print("x._version:", x._version)
y.backward()
