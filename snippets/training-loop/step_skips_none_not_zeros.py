import torch

a = torch.tensor(1.0, requires_grad=True)
b = torch.tensor(1.0, requires_grad=True)
optimizer = torch.optim.SGD([a, b], lr=0.1, momentum=0.9)
(a + b).backward()
optimizer.step()  # both move by 0.1, and both get a momentum
a.grad = None     # what optimizer.zero_grad() does
b.grad.zero_()    # what optimizer.zero_grad(set_to_none=False) does
print("before step: a", round(a.item(), 4), "b", round(b.item(), 4))
optimizer.step()
print("after step:  a", round(a.item(), 4), "b", round(b.item(), 4))
