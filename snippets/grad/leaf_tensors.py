import torch

x = torch.tensor(2.0, requires_grad=True)
c = torch.tensor(3.0)
h = c * x
print("x:", x.is_leaf, x.requires_grad)
print("c:", c.is_leaf, c.requires_grad)
print("h:", h.is_leaf, h.requires_grad)
