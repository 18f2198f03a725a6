import torch

a = torch.tensor(1.0, requires_grad=True)
b = torch.tensor(1.0, requires_grad=True)
optimizer = torch.optim.SGD([a, b], lr=0.1)
optimizer.zero_grad(set_to_none=False)
print("before any backward():", a.grad, b.grad)
(a * 2).backward()  # reaches a only
optimizer.zero_grad(set_to_none=False)
print("after a backward() that reached a:", a.grad, b.grad)
