import torch

a = torch.tensor(2.0).to(torch.float64).requires_grad_()
b = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
(a * a + b * b).backward()
print("a.is_leaf:", a.is_leaf, "a.grad:", a.grad)
print("b.is_leaf:", b.is_leaf, "b.grad:", b.grad)
