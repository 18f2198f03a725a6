import torch

w = torch.tensor(2.0, requires_grad=True)
v = torch.tensor(1.0, requires_grad=True)
optimizer = torch.optim.SGD([w, v], lr=0.1)
(w * w).backward()  # reaches w only
optimizer.zero_grad(set_to_none=False)
print("w.grad:", w.grad, "v.grad:", v.grad)
