import torch

torch.manual_seed(0)
backbone, head = torch.nn.Linear(2, 2), torch.nn.Linear(2, 1)
optimizer = torch.optim.SGD(
    [{"params": backbone.parameters(), "lr": 0.01}, {"params": head.parameters()}], lr=0.1
)
old = {"backbone": backbone.bias.detach().clone(), "head": head.bias.detach().clone()}
head(backbone(torch.ones(1, 2))).sum().backward()
optimizer.step()
for name, bias in [("backbone", backbone.bias), ("head", head.bias)]:
    moved = old[name] - bias.detach()
    print(f"{name}.bias: grad {bias.grad}, moved {moved}, moved / grad {moved / bias.grad}")
