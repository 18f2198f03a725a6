import torch

x = torch.tensor(2.0, requires_grad=True)
u = 3 * x + 1
z = u ** 2
print("u.grad_fn:", u.grad_fn.name())
print("z.grad_fn:", z.grad_fn.name())
z.backward()
print("x.grad:", x.grad)
