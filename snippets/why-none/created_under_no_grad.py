import torch

torch.manual_seed(0)
with torch.no_grad():
    w = torch.randn(3, requires_grad=True) * 0.01
print("inside no_grad():", w.requires_grad)
w.requires_grad_()
print("after requires_grad_():", w.requires_grad, "is_leaf:", w.is_leaf)
