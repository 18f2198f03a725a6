import torch

x = torch.arange(3.0, requires_grad=True)
(x * 2).sum().backward()
print("after .sum().backward():", x.grad)
x.grad = None
(x * 2).backward(torch.ones(3))
print("after .backward(torch.ones(3)):", x.grad)
