import torch

x = torch.tensor(3.0, requires_grad=True)
y = x + 1
y.backward()
print("after one backward:", x.grad)
y.backward()
print("after two:", x.grad)
