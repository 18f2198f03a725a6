import torch


class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.a = torch.nn.Parameter(torch.tensor(2.0))
        self.b = torch.nn.Parameter(torch.tensor(3.0))

    def forward(self, x):
        return self.a * x  # self.b is never used


net = Net()
net(torch.tensor(5.0)).backward()
print("a.grad:", net.a.grad, "b.grad:", net.b.grad)
