import torch

with torch.inference_mode():
    scale = torch.tensor(3.0)
scale = scale.clone()
print("scale.is_inference():", scale.is_inference())
w = torch.tensor(2.0, requires_grad=True)
y = w * scale
y.backward()
print("w.grad:", w.grad)
