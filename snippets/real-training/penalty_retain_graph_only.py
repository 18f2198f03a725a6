import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(2, 3), torch.nn.Tanh(), torch.nn.Linear(3, 1))
x = torch.randn(4, 2, requires_grad=True)
out = model(x)
(dout_dx,) = torch.autograd.grad(out.sum(), x, retain_graph=True)  # still no create_graph
penalty = ((dout_dx.norm(dim=1) - 1) ** 2).mean()
print("penalty:", penalty, "requires_grad:", penalty.requires_grad)
(out.mean() + 10 * penalty).backward()
print("weight.grad, loss + 10 * penalty:\n", model[0].weight.grad)
