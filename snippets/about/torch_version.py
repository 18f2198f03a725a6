import torch

# The release, without the build's tag (+cpu, +cu130...): both builds print the same here.
print(torch.__version__.split("+")[0])
