import torch

a = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
b = a.sigmoid()  # saves b: d sigmoid(a) / da = b * (1 - b)
print("true gradient:", (b * (1 - b)).detach())
b.data.zero_()
print("b:", b, "b._version:", b._version)
b.sum().backward()
print("a.grad:", a.grad)
