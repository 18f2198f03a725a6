import torch

torch.manual_seed(0)
rnn = torch.nn.RNN(input_size=2, hidden_size=3, batch_first=True)
optimizer = torch.optim.SGD(rnn.parameters(), lr=0.1)
h = torch.zeros(1, 1, 3)  # the hidden state, carried from batch to batch
for batch in range(3):
    optimizer.zero_grad()
    out, h = rnn(torch.randn(1, 4, 2), h)  # 1 sequence of 4 time steps
    loss = out.pow(2).mean()
    loss.backward()
    optimizer.step()
    print(f"batch {batch}: loss {loss.item():.4f}")
