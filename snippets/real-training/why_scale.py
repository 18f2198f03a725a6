import torch

g = torch.tensor(1e-8)  # a small gradient, in float32
print("in float16:", g.half())
print("times 65536, in float16:", (g * 65536).half())
print("divided back, in float32:", (g * 65536).half().float() / 65536)
print("in bfloat16, unscaled:", g.bfloat16())
