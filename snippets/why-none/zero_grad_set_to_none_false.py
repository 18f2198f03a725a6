import torch

w = torch.tensor(2.0, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.1)
(w * w).backward()
optimizer.zero_grad(set_to_none=False)
print("after zero_grad(set_to_none=False):", w.grad)
