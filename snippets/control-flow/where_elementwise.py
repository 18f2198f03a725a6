import torch

x = torch.tensor([-1.0, 2.0], requires_grad=True)
y = torch.where(x > 0, x ** 2, -3 * x)
y.sum().backward()
print("x.grad:", x.grad)
