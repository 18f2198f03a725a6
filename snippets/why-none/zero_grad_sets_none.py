import torch

w = torch.tensor(2.0, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)
(w * w).backward()
print("after backward():", w.grad)
optimizer.zero_grad()
print("after zero_grad():", w.grad)
(w * w).backward()
print("after the next backward():", w.grad)
