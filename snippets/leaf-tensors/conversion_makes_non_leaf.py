import torch

a = torch.tensor([1.0, 2.0], requires_grad=True).to(torch.float64)
b = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)

print("a:", a.is_leaf, a.grad_fn.name())
print("b:", b.is_leaf, b.grad_fn)
