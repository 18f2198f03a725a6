import torch

x = torch.tensor(2.0, requires_grad=True)
w = torch.tensor(3.0, requires_grad=True)
z = x * w

first, second = z.grad_fn.next_functions
print("first:", type(first[0]).__name__, first[0].variable is x)
print("second:", type(second[0]).__name__, second[0].variable is w)
