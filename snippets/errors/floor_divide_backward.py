import torch

x = torch.tensor([5.0, 7.0], requires_grad=True)
y = x // 2
print("y:", y)
y.sum().backward()
