import torch

A = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
x = torch.tensor([1.0, 2.0], requires_grad=True)
(A @ x).backward(gradient=torch.ones(2))
print("backward(gradient=ones):", x.grad)
x.grad = None
(A @ x).sum().backward()
print("sum().backward():", x.grad)
