import torch

torch.autograd.set_detect_anomaly(True)
print("anomaly mode on: ", torch.is_anomaly_enabled())
torch.autograd.set_detect_anomaly(False)
print("anomaly mode off:", torch.is_anomaly_enabled())
with torch.autograd.set_detect_anomaly(True):
    print("inside with:     ", torch.is_anomaly_enabled())
print("after with:      ", torch.is_anomaly_enabled())
