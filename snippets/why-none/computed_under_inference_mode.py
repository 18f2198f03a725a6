import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
with torch.inference_mode():
    a2 = a * a
(a2 + b).backward()
print("a.grad:", a.grad, "b.grad:", b.grad)
(a2 * b).backward()
