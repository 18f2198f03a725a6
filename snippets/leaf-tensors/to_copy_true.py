import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
same = x.to(torch.float32)
copied = x.to(torch.float32, copy=True)

print("same:", same is x, same.is_leaf)
print("copied:", copied is x, copied.is_leaf, copied.grad_fn.name())
