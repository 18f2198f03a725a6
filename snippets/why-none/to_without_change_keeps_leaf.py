import torch

x = torch.tensor(2.0, requires_grad=True)
print("same device:", x.to("cpu") is x)
print("new dtype:", x.to(torch.float64) is x)
