import torch

w = torch.tensor(2.0, requires_grad=True)
with torch.no_grad():
    a = w * 3
with torch.inference_mode():
    b = w * 3

print("a:", a.requires_grad, a.is_inference(), a._version)
print("b:", b.requires_grad, b.is_inference())
b._version
