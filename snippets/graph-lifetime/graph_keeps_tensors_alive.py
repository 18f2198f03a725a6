import weakref

import torch

x = torch.tensor(2.0, requires_grad=True)
a = x * 3
y = a.sin()  # SinBackward0 saves its input a
a_ref = weakref.ref(a)  # a weak reference does not keep a alive
del a
print("a alive while y exists:", a_ref() is not None)
del y
print("a alive after del y:", a_ref() is not None)
