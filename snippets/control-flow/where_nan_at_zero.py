import torch

x = torch.tensor([0.0, 4.0], requires_grad=True)
x.sqrt().sum().backward()
print("derivative of sqrt:", x.grad)
x.grad = None
torch.where(x > 0, x.sqrt(), 0.0).sum().backward()
print("x.grad, where with sqrt:", x.grad)
x.grad = None
torch.where(x > 0, x.log(), 0.0).sum().backward()
print("x.grad, where with log:", x.grad)
