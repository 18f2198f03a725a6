import torch

x = torch.tensor([-1.0, 0.0, 1.0])
y = 2 * x + 1
w = torch.tensor(0.0, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
for xi, yi in zip(x, y):
    ((w * xi + b - yi) ** 2).backward()
print("w.grad:", w.grad)
print("b.grad:", b.grad)
