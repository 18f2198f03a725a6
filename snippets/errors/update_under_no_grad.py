import torch

w = torch.tensor(2.0, requires_grad=True)
(w * w).backward()
with torch.no_grad():
    w -= 0.1 * w.grad
print("w:", w)
print("w.is_leaf:", w.is_leaf)
