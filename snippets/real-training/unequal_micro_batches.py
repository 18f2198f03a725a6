import torch
import torch.nn.functional as F

x, t = torch.tensor([1.0, 2.0, 3.0, 4.0]), torch.full((4,), 2.0)
w = torch.tensor(1.0, requires_grad=True)
F.mse_loss(w * x, t).backward()
full, w.grad = w.grad, None
print("full batch:", full)
micro = [slice(0, 3), slice(3, 4)]  # sizes 3 and 1
for m in micro:
    (F.mse_loss(w * x[m], t[m]) / len(micro)).backward()
print("each mean / number of micro-batches:", w.grad)
w.grad = None
for m in micro:
    (F.mse_loss(w * x[m], t[m]) * len(x[m]) / len(x)).backward()
print("each mean * its size / total size:", w.grad)
torch.testing.assert_close(w.grad, full)
print("the weighted sum matches the full batch")
