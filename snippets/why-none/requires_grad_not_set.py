import torch

x = torch.tensor(2.0)
w = torch.tensor(3.0, requires_grad=True)
print("x.requires_grad:", x.requires_grad)
(w * x).backward()
print("x.grad:", x.grad, "w.grad:", w.grad)
