import torch

x = torch.tensor(2.0, requires_grad=True)
y = x * x  # MulBackward0 saves x to compute the gradient
print("saved before backward:", y.grad_fn._saved_self)
print("saved tensor is x:", y.grad_fn._saved_self is x)
y.backward()
print("x.grad:", x.grad)
print("y.grad_fn after backward:", y.grad_fn.name())
y.grad_fn._saved_self
