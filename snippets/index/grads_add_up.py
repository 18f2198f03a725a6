import torch

x = torch.tensor(3.0, requires_grad=True)
(x ** 2).backward()
print("after one backward():", x.grad)
(x ** 2).backward()
print("after two backward():", x.grad)
