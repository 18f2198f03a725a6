import torch

A = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = A @ x
y.backward(gradient=torch.tensor([10.0, 1.0]))
print("x.grad:", x.grad)
