import torch

x = torch.tensor([-1.0, 0.0, 1.0])
y = 2 * x + 1
w = torch.tensor(0.0, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
optimizer = torch.optim.SGD([w, b], lr=0.4)
for step in range(10):
    loss = ((w * x + b - y) ** 2).mean()
    print("step", step, "loss:", round(loss.item(), 4))
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
print("w:", round(w.item(), 4), "b:", round(b.item(), 4))
