import torch

torch.manual_seed(0)
dropout = torch.nn.Dropout(p=0.5)
x = torch.ones(8)
print("train():", dropout(x))

dropout.eval()
print("eval(): ", dropout(x))
