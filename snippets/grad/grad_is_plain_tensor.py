import torch

x = torch.arange(4.0, requires_grad=True)
y = 2 * torch.dot(x, x)
y.backward()
print("x.grad.requires_grad:", x.grad.requires_grad)
print("x.grad.grad_fn:", x.grad.grad_fn)
