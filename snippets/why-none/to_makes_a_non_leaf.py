import torch

leaf = torch.tensor(2.0, requires_grad=True)
x = leaf.to(torch.float64)
(x * x).backward()
print("x.is_leaf:", x.is_leaf)
print("x.grad:", x.grad)
print("leaf.grad:", leaf.grad)
