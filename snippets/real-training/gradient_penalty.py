import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(2, 3), torch.nn.Tanh(), torch.nn.Linear(3, 1))
x = torch.randn(4, 2, requires_grad=True)
out = model(x)
(dout_dx,) = torch.autograd.grad(out.sum(), x, create_graph=True)
penalty = ((dout_dx.norm(dim=1) - 1) ** 2).mean()
print("penalty:", penalty)
(plain,) = torch.autograd.grad(out.mean(), model[0].weight, retain_graph=True)
(out.mean() + 10 * penalty).backward()
print("weight.grad, loss alone:\n", plain)
print("weight.grad, loss + 10 * penalty:\n", model[0].weight.grad)
