import torch

torch.manual_seed(0)
model = torch.nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
model(torch.ones(2)).sum().backward()
grad = model.weight.grad
optimizer.zero_grad(set_to_none=False)
print("weight.grad:", model.weight.grad)
print("bias.grad:", model.bias.grad)
print("same tensor as before:", model.weight.grad is grad)
