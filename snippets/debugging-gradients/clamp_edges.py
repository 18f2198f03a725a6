import torch

x = torch.tensor([-1.0, 0.0, 0.5, 1.0, 2.0], requires_grad=True)
print("x:                     ", x.detach())
x.clamp(0.0, 1.0).sum().backward()
print("grad of clamp(x, 0, 1):", x.grad)
x.grad = None
torch.relu(x).sum().backward()
print("grad of relu(x):       ", x.grad)
