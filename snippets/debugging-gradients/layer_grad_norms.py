import torch
from torch import nn

def log10_grad_norms(activation):
    torch.manual_seed(0)
    layers = [nn.Linear(32, 32) for _ in range(20)]
    h = torch.randn(64, 32)
    for layer in layers:
        nn.init.normal_(layer.weight, std=0.25)
        h = activation(layer(h))
    h.pow(2).mean().backward()
    return [layer.weight.grad.norm().log10().item() for layer in layers]

sigmoid, relu = log10_grad_norms(torch.sigmoid), log10_grad_norms(torch.relu)
print("layer sigmoid relu")
for layer in range(20, 0, -1):  # from the output back to the input, as the backward pass goes
    print(layer, f"{sigmoid[layer - 1]:.3g}", f"{relu[layer - 1]:.3g}")
