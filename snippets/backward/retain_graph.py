import torch

x = torch.tensor(3.0, requires_grad=True)
y = x * x
y.backward(retain_graph=True)
print("after the first backward():", x.grad)
y.backward()
print("after the second:", x.grad)
