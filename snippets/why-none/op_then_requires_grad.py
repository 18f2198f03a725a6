import torch

torch.manual_seed(0)
w = (torch.randn(3) * 0.01).requires_grad_()
loss = (w * w).sum()
loss.backward()
print("w.is_leaf:", w.is_leaf)
print("w.grad:", w.grad)
print("2 * w:", 2 * w.detach())
