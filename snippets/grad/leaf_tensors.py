import torch

x = torch.tensor(2.0, requires_grad=True)
c = torch.tensor(3.0)
d = c * 2
h = c * x
print("x: is_leaf", x.is_leaf, "requires_grad", x.requires_grad)
print("c: is_leaf", c.is_leaf, "requires_grad", c.requires_grad)
print("d: is_leaf", d.is_leaf, "requires_grad", d.requires_grad)
print("h: is_leaf", h.is_leaf, "requires_grad", h.requires_grad)
print("h.grad_fn:", h.grad_fn.name())
