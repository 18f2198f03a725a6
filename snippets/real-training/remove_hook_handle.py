import torch

layer = torch.nn.Linear(2, 1)
calls = []
handle = layer.register_full_backward_hook(lambda module, grad_input, grad_output: calls.append(1))
x = torch.ones(1, 2, requires_grad=True)
layer(x).sum().backward()
print("calls after the 1st backward:", len(calls))
handle.remove()
layer(x).sum().backward()
print("calls after the 2nd backward, hook removed:", len(calls))
