import torch

w = torch.tensor(1.0, requires_grad=True)
loss = (3 * w - 6) ** 2
loss.backward()
print("w.grad:", w.grad)

with torch.no_grad():
    w -= 0.05 * w.grad
print("w:", w, w.is_leaf)
