import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 2))

def pre_hook(module, grad_output):
    print("pre-hook: grad_output", [tuple(g.shape) for g in grad_output])

def hook(module, grad_input, grad_output):
    print("hook: grad_input", [tuple(g.shape) for g in grad_input],
          "grad_output", [tuple(g.shape) for g in grad_output])

handles = [model[2].register_full_backward_pre_hook(pre_hook), model[2].register_full_backward_hook(hook)]
model(torch.randn(5, 3)).sum().backward()
for handle in handles:
    handle.remove()
