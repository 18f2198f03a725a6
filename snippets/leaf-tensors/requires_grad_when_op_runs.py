import torch

b = torch.tensor(3.0)
before = b * 2
b.requires_grad_()
after = b * 2

print("b:", b.is_leaf, b.requires_grad)
print("before:", before.requires_grad)
print("after: ", after.requires_grad)
