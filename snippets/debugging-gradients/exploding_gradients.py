import torch
from torch import nn

torch.manual_seed(0)
layers = [nn.Linear(32, 32) for _ in range(20)]
h = torch.randn(64, 32)
inputs = []
for layer in layers:
    nn.init.normal_(layer.weight, std=0.4)
    inputs.append(h)
    h = torch.relu(layer(h))
loss = h.pow(2).mean()
loss.backward()
print(f"mean |output|: {h.abs().mean():.3g}  loss: {loss:.3g}")
for number in (20, 10, 1):
    layer = layers[number - 1]
    print(f"layer {number}: input norm {inputs[number - 1].norm():.3g},",
          f"bias grad norm {layer.bias.grad.norm():.3g},",
          f"weight grad norm {layer.weight.grad.norm():.3g}")
