import torch

x = torch.tensor(0.0, requires_grad=True)
for name, f in [("relu", torch.relu), ("abs", torch.abs), ("sqrt", torch.sqrt)]:
    (grad,) = torch.autograd.grad(f(x), x)
    print(f"{name}'(0) =", grad.item())
