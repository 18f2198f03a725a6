import torch

x = torch.tensor(2.0, requires_grad=True)
t = torch.tensor(1.0, requires_grad=True)
condition = x > t
print("condition:", condition, " requires_grad:", condition.requires_grad)
y = 3 * x if condition else x
y.backward()
print("x.grad:", x.grad)
print("t.grad:", t.grad)
