import torch

torch.manual_seed(0)
model = torch.nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
model(torch.ones(2)).sum().backward()
print("before:", model.weight.grad)
optimizer.zero_grad()
print("after optimizer.zero_grad():", model.weight.grad)
