import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))

def show_shapes(module, inputs, output):
    print(type(module).__name__, tuple(inputs[0].shape), "->", tuple(output.shape))

for layer in model:
    layer.register_forward_hook(show_shapes)
model(torch.ones(2, 3))
