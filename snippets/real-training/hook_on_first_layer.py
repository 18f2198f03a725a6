import torch

torch.manual_seed(0)
layer = torch.nn.Linear(3, 2)
handle = layer.register_full_backward_hook(
    lambda module, grad_input, grad_output: print("grad_input:", grad_input)
)
layer(torch.randn(5, 3)).sum().backward()  # the input does not require grad
handle.remove()
