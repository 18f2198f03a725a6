import torch

x = torch.arange(3.0, requires_grad=True)
for step in range(2):
    x.grad = None
    (x * x).sum().backward()
    print("step", step, "x.grad:", x.grad)
