import torch

torch.manual_seed(0)
model = torch.nn.Linear(2, 1)
model(torch.ones(2)).sum().backward()
model.zero_grad()
for p in model.parameters():
    p.grad.zero_()
