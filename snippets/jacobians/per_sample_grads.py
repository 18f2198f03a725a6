import torch
from torch.func import functional_call, grad, vmap

torch.manual_seed(0)
model = torch.nn.Linear(2, 1)
x, t = torch.randn(4, 2), torch.randn(4, 1)
params = {name: p.detach() for name, p in model.named_parameters()}


def loss(params, xi, ti):  # the loss of one sample
    return torch.nn.functional.mse_loss(functional_call(model, params, (xi,)), ti)


grads = vmap(grad(loss), in_dims=(None, 0, 0))(params, x, t)
print("per-sample weight grads:", grads["weight"], sep="\n")
for i in range(4):
    model.zero_grad()
    torch.nn.functional.mse_loss(model(x[i]), t[i]).backward()
    torch.testing.assert_close(grads["weight"][i], model.weight.grad)
    torch.testing.assert_close(grads["bias"][i], model.bias.grad)
print("all 4 match a loop of backward() calls")
