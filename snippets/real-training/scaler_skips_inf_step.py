# Needs torch 2.3 or newer: torch.amp.GradScaler
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)
scaler = torch.amp.GradScaler("cpu")
scaler.scale((w * torch.tensor([3.0, 4.0])).sum()).backward()
w.grad[0] = float("inf")  # what a float16 overflow leaves behind
scaler.step(optimizer)
scaler.update()
print("w after step:", w)
print("scale after update:", scaler.get_scale())
