import torch

x = torch.tensor([5.0, 7.0], requires_grad=True)
y = torch.div(x, 2, rounding_mode="floor")
print("y:", y)
y.sum().backward()
print("x.grad:", x.grad)
