import torch

x = torch.tensor(3.0, requires_grad=True)
(x * x).backward()
print("after one backward():", x.grad)
(x * x).backward()
print("after two:", x.grad)
