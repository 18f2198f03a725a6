import torch

a = torch.tensor(2.0, requires_grad=True)
x = torch.tensor(1.0)
y = torch.special.gammainc(a, x)
y.backward()
