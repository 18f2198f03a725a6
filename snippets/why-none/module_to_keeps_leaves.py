import torch

model = torch.nn.Linear(2, 1)
weight = model.weight
model.to(torch.float64)
print("same tensor:", model.weight is weight)
print("dtype:", model.weight.dtype, "is_leaf:", model.weight.is_leaf)
