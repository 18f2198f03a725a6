import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
x = torch.ones(2, 3)
model(x).sum().backward()
for name, p in model.named_parameters():
    print(name, tuple(p.shape), "grad:", tuple(p.grad.shape))
print("hidden (after ReLU):", model[:2](x))
print("2.weight.grad:", model[2].weight.grad)
