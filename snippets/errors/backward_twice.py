import torch

x = torch.tensor(2.0, requires_grad=True)
y = x * x
for step in range(2):
    y.backward()
