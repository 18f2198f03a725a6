# Needs torch 2.3 or newer: torch.amp.GradScaler
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)
scaler = torch.amp.GradScaler("cpu")
scaler.scale((w * torch.tensor([3.0, 4.0])).sum()).backward()
print("norm clip_grad_norm_ sees:", torch.nn.utils.clip_grad_norm_([w], max_norm=1.0))
scaler.step(optimizer)
scaler.update()
print("w.grad used by the step:", w.grad)
print("w after step:", w)
