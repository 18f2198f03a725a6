import torch

x = torch.tensor([-1.0, 0.0, 1.0])
y = 2 * x + 1
w = torch.tensor(0.0, requires_grad=True)
loss = ((w * x - y) ** 2).mean()
loss.backward()
w -= 0.4 * w.grad
