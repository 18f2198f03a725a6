# Needs torch 2.6 or newer: torch.nn.utils.get_total_norm
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
clipped = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
model(torch.ones(2, 3)).sum().backward()
after = nn.utils.get_total_norm([p.grad for p in model.parameters()])
print("clip_grad_norm_ returned:", clipped)
print("total norm after backward:", round(after.item(), 4))
