import torch

x = torch.tensor(2.0, requires_grad=True)
y = x * x
print("y.requires_grad:", y.requires_grad)
y.retain_grad()
(y * 3).backward()
print("y.grad:", y.grad)
