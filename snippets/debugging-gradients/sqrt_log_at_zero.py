import torch

x = torch.tensor([0.0, 4.0], requires_grad=True)
y = torch.sqrt(x)
y.sum().backward()
print("sqrt(x):", y.detach(), " x.grad:", x.grad)

x = torch.tensor([0.0, 1.0], requires_grad=True)
y = torch.log(x)
y.sum().backward()
print("log(x): ", y.detach(), " x.grad:", x.grad)
