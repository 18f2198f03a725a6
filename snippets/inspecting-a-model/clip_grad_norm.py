# Needs torch 2.6 or newer: torch.nn.utils.get_total_norm
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
model(torch.ones(2, 3)).sum().backward()
before = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
after = nn.utils.get_total_norm([p.grad for p in model.parameters()])
print("total norm before:", round(before.item(), 4))
print("total norm after: ", round(after.item(), 4))
print("2.bias.grad after:", model[2].bias.grad)
