import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
grad_a, grad_b = torch.autograd.grad(a * b, [a, b])
print("returned:", grad_a, grad_b)
print("a.grad:", a.grad, "b.grad:", b.grad)
