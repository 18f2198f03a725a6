import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
h = 2 * x
h.register_hook(lambda grad: grad.clamp(max=5.0))
y = (h ** 2).sum()
y.backward()
print("x.grad:", x.grad)
