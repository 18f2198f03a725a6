import torch

torch.manual_seed(0)
model = torch.nn.Linear(2, 1)
out = model(torch.ones(1, 2))

for name, p in model.named_parameters():
    print(f"{name}: is_leaf={p.is_leaf} requires_grad={p.requires_grad} grad_fn={p.grad_fn}")
print(f"out: is_leaf={out.is_leaf} grad_fn={out.grad_fn.name()}")
