# Needs torch 2.3 or newer: torch.amp.GradScaler
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)
scaler = torch.amp.GradScaler("cpu")
loss = (w * torch.tensor([3.0, 4.0])).sum()  # d loss / d w = [3, 4]
scaled = scaler.scale(loss)
print("scale:", scaler.get_scale())
print("loss:", loss.item(), "scaled loss:", scaled.item())
scaled.backward()
print("w.grad after backward:", w.grad)
scaler.step(optimizer)  # unscales w.grad, then optimizer.step()
scaler.update()
print("w.grad after scaler.step:", w.grad)
print("w after scaler.step:", w)
