import torch

w = torch.tensor(1.0, requires_grad=True)
total_item, total_detached = 0.0, 0.0
for step in range(100):
    loss = (w * step - 3) ** 2
    loss.backward()
    total_item += loss.item()  # a Python float
    total_detached += loss.detach()  # a tensor without a graph
print("with item():", type(total_item).__name__, total_item)
print("with detach():", total_detached, "grad_fn:", total_detached.grad_fn)
print("one item() at the end:", total_detached.item())
