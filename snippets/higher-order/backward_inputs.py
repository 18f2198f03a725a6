import torch

x = torch.tensor(1.0, requires_grad=True)
w = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
y = w * x + b
y.backward(inputs=[w])
print("x.grad:", x.grad)
print("w.grad:", w.grad)
print("b.grad:", b.grad)
