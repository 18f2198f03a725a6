import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.Linear(2, 1))
model[0].requires_grad_(False)
print("first layer requires_grad:", [p.requires_grad for p in model[0].parameters()])

model(torch.ones(1, 2)).sum().backward()
print("first layer weight.grad:", model[0].weight.grad)
print("second layer weight.grad:", model[1].weight.grad)
