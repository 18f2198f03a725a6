import torch

x = torch.tensor(1.0, requires_grad=True)
h = 3 * x
y = h ** 2
y.backward()
print("x.grad:", x.grad)
print("h.grad:", h.grad)
