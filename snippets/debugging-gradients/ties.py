import torch

x = torch.tensor([1.0, 3.0, 3.0], requires_grad=True)
torch.max(x).backward()
print("torch.max(x):        x.grad", x.grad)
x.grad = None
values, indices = torch.max(x, dim=0)
values.backward()
print("torch.max(x, dim=0): x.grad", x.grad, " index", indices.item())

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(2.0, requires_grad=True)
torch.maximum(a, b).backward()
print("torch.maximum(a, b): a.grad", a.grad, " b.grad", b.grad)
