import torch


def count_nodes(node, seen):
    if node is not None and node not in seen:
        seen.add(node)
        for next_node, _ in node.next_functions:
            count_nodes(next_node, seen)
    return len(seen)


w = torch.tensor(1.0, requires_grad=True)
total_loss = 0
for step in range(1, 101):
    loss = (w * step - 3) ** 2
    loss.backward()
    total_loss += loss
    if step in (1, 10, 100):
        print(f"after step {step}: {count_nodes(total_loss.grad_fn, set())} nodes")
