import torch

x = torch.tensor(2.0, requires_grad=True)
w = torch.tensor(3.0, requires_grad=True)
a = x.item() ** 2  # a Python float
b = torch.tensor((x * x).detach().numpy())  # through a NumPy array
c = torch.tensor(x * x)  # a copy of the values
(w * (a + b + c)).backward()
print("w.grad:", w.grad, "x.grad:", x.grad)
x.numpy()
