import weakref

import torch

torch.manual_seed(0)
model = torch.nn.Linear(4, 2)
alive = weakref.WeakSet()  # holds the batches without keeping them alive
predictions = []
for step in range(10):
    batch = torch.randn(8, 4)
    alive.add(batch)
    predictions.append(model(batch))  # each prediction keeps its graph
del batch
print("batches still alive:", len(alive))
print("predictions[0].grad_fn:", predictions[0].grad_fn.name())
