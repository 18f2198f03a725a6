import torch

x = torch.tensor(2.0, requires_grad=True)
c = torch.tensor(3.0)
y = x * c
d = c * 2
b = x > 0

for name, t in [("x", x), ("c", c), ("y", y), ("d", d), ("b", b)]:
    fn = t.grad_fn.name() if t.grad_fn else None
    print(f"{name}: is_leaf={t.is_leaf} requires_grad={t.requires_grad} grad_fn={fn}")
