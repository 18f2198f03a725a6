import torch
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
layer = torch.nn.Linear(3, 3)
x = torch.randn(2, 3, requires_grad=True)
calls = 0


def block(x):
    global calls
    calls += 1
    return torch.sin(layer(x))


plain = torch.autograd.grad(block(x).sum(), [x, layer.weight])
print("calls of block() without checkpoint:", calls)
calls = 0
checked = torch.autograd.grad(checkpoint(block, x, use_reentrant=False).sum(), [x, layer.weight])
print("calls of block() with checkpoint:", calls)
torch.testing.assert_close(checked, plain)
print("same gradients for x and layer.weight")
