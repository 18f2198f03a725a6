import torch

torch.autograd.set_detect_anomaly(True)
print("anomaly mode on: ", torch.is_anomaly_enabled())
torch.autograd.set_detect_anomaly(False)
print("anomaly mode off:", torch.is_anomaly_enabled())
