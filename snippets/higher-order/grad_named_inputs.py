import torch

x = torch.tensor(1.0, requires_grad=True)
w = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
y = w * x + b
dy_dx, dy_dw = torch.autograd.grad(y, inputs=[x, w])
print("dy/dx:", dy_dx)
print("dy/dw:", dy_dw)
print("x.grad:", x.grad)
