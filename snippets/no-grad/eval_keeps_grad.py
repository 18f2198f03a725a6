import torch

torch.manual_seed(0)
model = torch.nn.Linear(2, 1)
model.eval()
out = model(torch.ones(1, 2))
print("after eval():", out.requires_grad, out.grad_fn.name())

with torch.no_grad():
    out = model(torch.ones(1, 2))
print("under no_grad():", out.requires_grad, out.grad_fn)
