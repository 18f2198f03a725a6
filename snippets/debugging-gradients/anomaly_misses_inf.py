import torch

x = torch.tensor([0.0, 1.0], requires_grad=True)
with torch.autograd.detect_anomaly():
    torch.log(x).sum().backward()
    print("log(x):          x.grad", x.grad)
    x.grad = None
    (torch.log(x) - torch.log(x)).sum().backward()
    print("log(x) - log(x): x.grad", x.grad)
