import torch

x = torch.tensor([-1.0, 0.0, 0.5, 1.0, 2.0], requires_grad=True)
functions = {
    "clamp(x, 0, 1)": lambda x: x.clamp(0.0, 1.0),
    "clamp(x, min=0)": lambda x: x.clamp(min=0.0),
    "relu(x)": torch.relu,
}
print("x:                      ", x.detach())
for name, f in functions.items():
    (grad,) = torch.autograd.grad(f(x).sum(), x)
    print(f"grad of {name}:".ljust(24), grad)
print("relu(x) equals clamp(x, min=0):", torch.equal(torch.relu(x), x.clamp(min=0.0)))
