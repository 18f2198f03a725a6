# Needs torch 2.6 or newer: torch.nn.utils.get_total_norm
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
model(torch.ones(2, 3)).sum().backward()
for name, p in model.named_parameters():
    print(name, "grad norm:", round(p.grad.norm().item(), 4))
total = nn.utils.get_total_norm([p.grad for p in model.parameters()])
print("total norm:", round(total.item(), 4))
