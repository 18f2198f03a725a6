import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.Linear(2, 1))
model[0].requires_grad_(False)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)  # all parameters, frozen ones too
before = [p.detach().clone() for p in model.parameters()]
model(torch.ones(1, 2)).sum().backward()
optimizer.step()
for (name, p), old in zip(model.named_parameters(), before):
    print(f"{name}: grad is None: {p.grad is None}, moved: {not torch.equal(p, old)}")
