import torch

x = torch.tensor(2.0, requires_grad=True)
w = torch.tensor(3.0, requires_grad=True)
(w * x).backward()
print("x.grad:", x.grad, "w.grad:", w.grad)
