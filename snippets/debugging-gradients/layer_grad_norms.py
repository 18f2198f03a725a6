import torch
from torch import nn

def log10_grad_norms(activation, std):
    torch.manual_seed(0)
    layers = [nn.Linear(32, 32) for _ in range(20)]
    h = torch.randn(64, 32)
    for layer in layers:
        nn.init.normal_(layer.weight, std=std)
        h = activation(layer(h))
    h.pow(2).mean().backward()
    return [layer.weight.grad.norm().log10().item() for layer in layers]

sigmoid, relu = log10_grad_norms(torch.sigmoid, 0.25), log10_grad_norms(torch.relu, 0.25)
relu_big = log10_grad_norms(torch.relu, 0.4)
print("layer sigmoid relu relu_std_0.4")
for layer, row in enumerate(zip(sigmoid, relu, relu_big), start=1):
    print(layer, *(f"{value:.3g}" for value in row))
