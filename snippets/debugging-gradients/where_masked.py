import torch

x = torch.tensor([-1.0, 0.0, 4.0], requires_grad=True)
safe_x = torch.where(x > 0, x, 1.0)
y = torch.where(x > 0, torch.sqrt(safe_x), 0.0)
print("y:", y.detach())
y.sum().backward()
print("x.grad:", x.grad)
