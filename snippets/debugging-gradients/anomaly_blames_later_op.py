import warnings
import torch

x = torch.tensor([-1.0, 1.0], requires_grad=True)
with warnings.catch_warnings(record=True), torch.autograd.detect_anomaly():  # keeps its warnings out of the output
    y = torch.log(x)  # log(-1) is NaN: the forward pass already went wrong
    loss = (y * y).sum()
    print("loss is finite:", torch.isfinite(loss).item())
    try:
        loss.backward()
    except RuntimeError as error:
        print("RuntimeError:", error)
