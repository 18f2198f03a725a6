import torch

x = torch.arange(4.0, requires_grad=True)
(2 * torch.dot(x, x)).backward()
grad = x.grad
x.grad.zero_()
print("after zero_():", x.grad)
x.sum().backward()
print("after y = x.sum():", x.grad)
print("same tensor as before:", x.grad is grad)
