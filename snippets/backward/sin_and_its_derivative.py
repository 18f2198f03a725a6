import torch

x = torch.linspace(-3.0, 3.0, 13, requires_grad=True)
y = torch.sin(x)
y.sum().backward()

print("x      sin(x)   x.grad")
for row in zip(x.tolist(), y.tolist(), x.grad.tolist()):
    print("{:4.1f}  {:7.4f}  {:7.4f}".format(*row))
