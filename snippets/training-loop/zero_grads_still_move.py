import torch

b = torch.tensor(1.0, requires_grad=True)
b.grad = torch.tensor(0.0)
torch.optim.SGD([b], lr=0.1, weight_decay=0.5).step()
print("SGD with weight_decay, a step with a zero grad: b", round(b.item(), 4))

c = torch.tensor(1.0, requires_grad=True)
adam = torch.optim.Adam([c], lr=0.1)
c.grad = torch.tensor(1.0)
adam.step()
print("Adam, a step with grad 1: c", round(c.item(), 4))
c.grad.zero_()
adam.step()
print("Adam, then a step with a zero grad: c", round(c.item(), 4))
