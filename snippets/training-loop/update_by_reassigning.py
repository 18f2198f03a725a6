import torch

x = torch.tensor([-1.0, 0.0, 1.0])
y = 2 * x + 1
w = torch.tensor(0.0, requires_grad=True)
for step in range(2):
    loss = ((w * x - y) ** 2).mean()
    loss.backward()
    print("step", step, "w.is_leaf:", w.is_leaf)
    w = w - 0.4 * w.grad
