import torch

with torch.inference_mode():
    scale = torch.tensor(3.0)
w = torch.tensor(2.0, requires_grad=True)
y = w * scale
