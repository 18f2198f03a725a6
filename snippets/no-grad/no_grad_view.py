import torch

x = torch.arange(3.0, requires_grad=True)
with torch.no_grad():
    v = x[0]
print("v:", v.requires_grad, v.is_leaf, v.grad_fn)

(v * 2).backward()
print("x.grad:", x.grad)
print("v.grad:", v.grad)
