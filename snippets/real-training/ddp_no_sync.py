import tempfile
import torch
import torch.distributed as dist
from torch.distributed.algorithms.ddp_comm_hooks.default_hooks import allreduce_hook
from torch.nn.parallel import DistributedDataParallel

def counting_allreduce(calls, bucket):
    calls.append(1)
    return allreduce_hook(None, bucket)  # None: the default process group

with tempfile.TemporaryDirectory() as tmp:
    dist.init_process_group("gloo", init_method=f"file://{tmp}/init", rank=0, world_size=1)
    torch.manual_seed(0)
    model, calls, x = DistributedDataParallel(torch.nn.Linear(2, 1)), [], torch.arange(8.0).reshape(4, 2)
    model.register_comm_hook(calls, counting_allreduce)
    with model.no_sync():
        model(x[:2]).sum().backward()  # forward and backward both inside
    print("all-reduces after micro-batch 1, inside no_sync():", len(calls))
    model(x[2:]).sum().backward()
    print("all-reduces after micro-batch 2:", len(calls))
    print("weight.grad:", model.module.weight.grad)
    dist.destroy_process_group()
