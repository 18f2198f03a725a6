import warnings
import torch

x = torch.tensor([-1.0, 0.0, 4.0], requires_grad=True)
with torch.autograd.detect_anomaly(), warnings.catch_warnings(record=True) as caught:
    h = x * 2
    y = torch.where(h > 0, h.sqrt(), 0.0)
    loss = (y * 3).sum()
    try:
        loss.backward()
    except RuntimeError as error:
        print("RuntimeError:", error)
lines = str(caught[-1].message).splitlines()  # the forward traceback, without this machine's paths
print(lines[0])
print(lines[-3].split(", ")[1] + ":", lines[-2].strip())
