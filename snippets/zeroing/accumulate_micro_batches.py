import torch

torch.manual_seed(0)
model = torch.nn.Linear(2, 1)
x, target = torch.randn(4, 2), torch.randn(4, 1)
torch.nn.functional.mse_loss(model(x), target).backward()
full = model.weight.grad.clone()
model.zero_grad()
for xb, tb in zip(x.chunk(2), target.chunk(2)):
    (torch.nn.functional.mse_loss(model(xb), tb) / 2).backward()
torch.testing.assert_close(model.weight.grad, full)
print("summed half-batch gradients equal the full-batch gradient:", full)
