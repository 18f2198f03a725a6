import torch
from torch import nn

torch.manual_seed(0)
layers = [nn.Linear(32, 32) for _ in range(20)]
h = torch.randn(64, 32)
for layer in layers:
    nn.init.normal_(layer.weight, std=0.4)
    h = torch.relu(layer(h))
print(f"mean |output|: {h.abs().mean().item():.3g}")
h.pow(2).mean().backward()
for number in (20, 10, 1):
    print(f"layer {number} grad norm: {layers[number - 1].weight.grad.norm().item():.3g}")
