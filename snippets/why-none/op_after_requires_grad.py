import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True) * 0.01
loss = (w * w).sum()
loss.backward()
print("w.grad_fn:", w.grad_fn.name())
print("w.grad:", w.grad)
