import torch

with torch.no_grad():
    scale = torch.tensor(3.0)
w = torch.tensor(2.0, requires_grad=True)
y = w * scale
y.backward()
print("w.grad:", w.grad)
