# Needs torch 2.6 or newer: torch.nn.utils.get_total_norm
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)
scaler = torch.amp.GradScaler("cpu")
scaler.scale((w * torch.tensor([3.0, 4.0])).sum()).backward()
print("norm of the scaled gradients:", torch.nn.utils.get_total_norm([w.grad]))
scaler.unscale_(optimizer)
norm = torch.nn.utils.clip_grad_norm_([w], max_norm=1.0)
print("norm clip_grad_norm_ sees after unscale_:", norm)
print("clipped w.grad:", w.grad)
scaler.step(optimizer)  # knows w.grad is unscaled already
scaler.update()
print("w after step:", w)
