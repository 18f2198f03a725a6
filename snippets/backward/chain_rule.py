import torch

x = torch.tensor(2.0, requires_grad=True)
a = 3 * x
u = a + 1
z = u ** 2
print("z.grad_fn:", z.grad_fn.name())
print("u.grad_fn:", u.grad_fn.name())
print("a.grad_fn:", a.grad_fn.name())
z.backward()
print("x.grad:", x.grad)
