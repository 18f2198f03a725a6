import torch

torch.manual_seed(0)
model = torch.nn.Linear(2, 1)
model(torch.ones(2)).sum().backward()
model.zero_grad()
print("weight.grad:", model.weight.grad)
print("bias.grad:", model.bias.grad)
