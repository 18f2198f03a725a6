# Needs torch 2.6 or newer: torch.nn.utils.get_total_norm
import torch
from torch import nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body, self.head = nn.Linear(4, 8), nn.Linear(8, 1)
        self.aux_head = nn.Linear(8, 1)  # created, but forward() never calls it

    def forward(self, x):
        return self.head(torch.relu(self.body(x)))

torch.manual_seed(0)
model = Net()
model(torch.randn(16, 4)).pow(2).mean().backward()
print("no .grad:", [name for name, p in model.named_parameters() if p.grad is None])
grads = [p.grad for p in model.parameters() if p.grad is not None]
print("total norm:", nn.utils.get_total_norm(grads))
