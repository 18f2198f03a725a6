import torch
from torch.autograd.gradcheck import GradcheckError

x = torch.tensor(1.0, requires_grad=True)  # float32
try:
    torch.autograd.gradcheck(lambda x: x ** 3, (x,))
except GradcheckError as error:
    print("\n".join(str(error).splitlines()[:3]))
