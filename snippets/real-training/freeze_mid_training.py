import torch

for set_to_none in (True, False):
    torch.manual_seed(0)
    layer = torch.nn.Linear(2, 1)
    optimizer = torch.optim.SGD(layer.parameters(), lr=0.1, momentum=0.9)
    layer(torch.ones(1, 2)).sum().backward()
    optimizer.step()  # one training step: the momentum buffer is filled
    optimizer.zero_grad(set_to_none=set_to_none)
    layer.requires_grad_(False)  # frozen from here on
    before = layer.weight.detach().clone()
    optimizer.step()
    moved = not torch.equal(layer.weight, before)
    print(f"set_to_none={set_to_none}: .grad {layer.weight.grad}, moved: {moved}")
