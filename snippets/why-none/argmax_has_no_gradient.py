import torch

scores = torch.tensor([1.0, 3.0, 2.0], requires_grad=True)
w = torch.tensor(0.5, requires_grad=True)
predicted = scores.argmax()
print("predicted:", predicted, "requires_grad:", predicted.requires_grad)
loss = w * predicted
loss.backward()
print("w.grad:", w.grad, "scores.grad:", scores.grad)
