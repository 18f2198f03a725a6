import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
a2 = a * a
(a2 * b).backward()
print("a.grad:", a.grad, "b.grad:", b.grad)
