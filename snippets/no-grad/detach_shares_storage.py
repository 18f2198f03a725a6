import torch

x = torch.arange(3.0, requires_grad=True)
d = x.detach()
c = x.detach().clone()
print("d:", d, d.requires_grad)

d[0] = 10.0
c[1] = 20.0
print("x:", x)
print("c:", c)
