"""Names of torch objects, and where PyTorch's reference documents them.

Which spellings name a torch object (autograd_docs/hooks/reference_links.py links them):

- a dotted name rooted at `torch` or at a conventional alias (ALIASES: `nn.` is torch.nn,
  `F.` torch.nn.functional, `optim.` torch.optim, `fwAD.` torch.autograd.forward_ad), bare
  or called: `torch.autograd.grad`, `torch.no_grad()`, `nn.Linear(2, 1)`. Such a name must
  exist in the installed torch: one that does not is an error (`nn.Linar`);
- a method or attribute of a receiver named in RECEIVERS, bare or called: `x.grad`,
  `loss.backward()`, `model.zero_grad()`, `optimizer.step()`. The receiver's name says its
  class (x is a tensor, model a torch.nn.Module); only one attribute deep (`x.grad.zero_()`
  is not a name). A tensor's attribute must exist (a tensor's attributes are all its
  class's); another receiver's attribute that its class lacks is plain code, as `model.weight`
  is (a module's parameters and submodules are its own, not its class's);
- a tensor's method or attribute with no receiver: `.grad`, `.backward()`, and a call with
  no arguments or keyword arguments only, `backward()`, `backward(create_graph=True)`,
  `detach()`; else a torch function so called, `no_grad()`. Plain code when neither has it
  (`zero_grad()`, `step()`: whose?), and with positional arguments (`sqrt(x)`, `grad(f)`:
  mathematics, or torch.func's grad?).

Anything else is plain code: values (`tensor(3.)`), statements (`with torch.no_grad():`),
chains (`y.sum().backward()`), error text.

Where an object is documented (`address`): PyTorch's reference is built by Sphinx from
pytorch/pytorch's docs/source/*.md. An object listed in an `autosummary` with `:toctree:
generated` has a page of its own, generated/<documented name>.html; one documented in a
page's text (`autoclass`, `autofunction`) is the anchor #<documented name> on that page; a
module is its page, or the anchor #module-<name> on its parent's. Most objects have their own
page, so that is the rule; the tables below name the modules, classes and objects that the
reference places otherwise. The documented name is the name as written, the alias
expanded (torch.nn.modules.linear.Linear is documented as torch.nn.Linear), except for the
few that the reference lists under another (DOCUMENTED_AS); a value is documented with its
class (torch.float64: torch.dtype). The address is of the installed torch's release:
2.13.0+cpu is https://docs.pytorch.org/docs/2.13/.

What was checked (no network here), for the names that the site links: the layout against
pytorch/pytorch's docs/source on GitHub (a recent main branch, not the
v2.13 tag: autograd.md, torch.md, tensors.md, tensor_attributes.md, nn.md, nn.init.md,
optim.md, func.api.md, amp.md, special.md, linalg.md, cuda.md, checkpoint.md, testing.md,
distributed.md, ddp_comm_hooks.md), and against published pages: generated/torch.Tensor.backward.html
(docs/stable, docs/2.1), generated/torch.nn.functional.relu.html (docs/2.8; nn.functional.md
itself was not read) and generated/torch.optim.Optimizer.zero_grad.html (docs/master).
One anchor is unsure: amp.md documents torch.cuda.amp.GradScaler and torch.cpu.amp.GradScaler
(subclasses whose text says "see torch.amp.GradScaler"), so #torch.amp.GradScaler may be
missing from amp.html, and its links land at the top of that page. An object that the
reference does not document and that no table names gets a generated/ address that does
not exist: the tables say None for those the site names (torch.relu, Tensor.grad_fn).
"""

from __future__ import annotations

import functools
import importlib
import importlib.metadata
import inspect
import re
import sys
from dataclasses import dataclass

ALIASES = {"torch": "torch", "nn": "torch.nn", "F": "torch.nn.functional", "optim": "torch.optim", "fwAD": "torch.autograd.forward_ad"}

# A receiver's name, and the class its attributes are looked up on.
TENSOR = "torch.Tensor"
RECEIVERS = {
    **dict.fromkeys(["a", "b", "c", "h", "p", "t", "v", "w", "x", "y", "z", "loss", "out", "tensor", "leaf", "weight", "bias"], TENSOR),
    **dict.fromkeys(["model", "module"], "torch.nn.Module"),
    "optimizer": "torch.optim.Optimizer",
    "scaler": "torch.amp.GradScaler",
    "ctx": "torch.autograd.function.FunctionCtx",
}

# Where the reference documents what the rule (its own page, see the docstring) does not
# place: facts about PyTorch's docs/source, by documented name; a key ending in "." holds
# for everything in that module or class. No address is written here: each is made from
# the name by `address`.

# Names that the reference lists under another name: torch.md lists
# `autograd.grad_mode.set_grad_enabled`, nn.md `~parameter.Parameter`, and autograd.md the
# gradient checks in their module, torch.autograd.gradcheck.
DOCUMENTED_AS = {
    "torch.set_grad_enabled": "torch.autograd.grad_mode.set_grad_enabled",
    "torch.inference_mode": "torch.autograd.grad_mode.inference_mode",
    "torch.nn.Parameter": "torch.nn.parameter.Parameter",
    "torch.autograd.gradcheck": "torch.autograd.gradcheck.gradcheck",
    "torch.autograd.gradgradcheck": "torch.autograd.gradcheck.gradgradcheck",
}

# Modules and their page (docs/source/<page>.md, which has their `automodule`). A module
# not listed is the anchor #module-<name> (its `py:module`) on the page of the nearest one
# above it that is: torch.autograd.forward_ad on autograd.html.
MODULE_PAGES = {
    "torch": "torch", "torch.nn": "nn", "torch.nn.functional": "nn.functional", "torch.nn.init": "nn.init",
    "torch.optim": "optim", "torch.autograd": "autograd", "torch.func": "func.api", "torch.amp": "amp",
    "torch.testing": "testing", "torch.utils.checkpoint": "checkpoint", "torch.special": "special",
    "torch.linalg": "linalg", "torch.cuda": "cuda", "torch.distributed": "distributed",
    "torch.distributed.algorithms.ddp_comm_hooks": "ddp_comm_hooks",
}

# Objects documented in a page's text (`autoclass`, `autofunction`, `class`): an anchor,
# #<name>, on that page. None: the reference does not document it, and it is not linked.
ON_PAGE: dict[str, str | None] = {
    "torch.Tensor": "tensors",
    "torch.dtype": "tensor_attributes",  # and so every dtype: torch.float64 is a torch.dtype
    "torch.autograd.Function": "autograd",
    "torch.autograd.function.FunctionCtx": "autograd",
    "torch.autograd.detect_anomaly": "autograd",
    "torch.autograd.set_detect_anomaly": "autograd",
    "torch.optim.Optimizer": "optim",
    "torch.autocast": "amp",
    "torch.amp.": "amp",
    "torch.special.": "special",
    "torch.nn.init.": "nn.init",
    "torch.testing.": "testing",
    "torch.utils.checkpoint.": "checkpoint",
    "torch.distributed.algorithms.ddp_comm_hooks.": "ddp_comm_hooks",
    "torch.distributed.": "distributed",
    "torch.Tensor.grad_fn": None,
    "torch.Tensor.data": None,
    "torch.Tensor.dtype": None,
    "torch.relu": None,
    "torch.is_anomaly_enabled": None,
}

# Classes documented with their members on their own page (nn.md's classes use
# classtemplate.rst, an `autoclass` with `:members:`): a member is an anchor there,
# generated/torch.nn.Module.html#torch.nn.Module.zero_grad.
MEMBERS_ON_CLASS_PAGE = ("torch.nn.",)


def torch_version() -> str:
    """The installed torch's version, read without importing torch (about 2.5 s)."""
    return importlib.metadata.version("torch")


def reference_root() -> str:
    """The reference of the installed torch's release: 2.13.0+cpu -> .../docs/2.13/."""
    major, minor = torch_version().split(".")[:2]
    return f"https://docs.pytorch.org/docs/{major}.{minor}/"


@dataclass(frozen=True)
class Name:
    """A torch object named in the text: its documented name, and whether it must exist."""

    qualified: str  # as written, the alias or receiver replaced: torch.nn.Linear, torch.Tensor.grad
    strict: bool  # an error when it does not resolve (a name rooted at torch, a tensor's attribute)


DOTTED = r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*"
SPELLING = re.compile(rf"(?P<dot>\.)?(?P<name>{DOTTED})(?P<call>\(.*\))?")
KEYWORD_ARGUMENTS = re.compile(r"\(\s*(?:(?:\w+=[^,]+|\.\.\.)\s*(?:,\s*|(?=\))))*\)")


def name_in(code: str) -> Name | None:
    """The torch object that inline code names, by the rules of the module's docstring."""
    match = SPELLING.fullmatch(code.strip())
    if not match or (match["call"] and not _one_call(match["call"])):
        return None
    dot, parts, call = match["dot"], match["name"].split("."), match["call"]
    if not dot and parts[0] in ALIASES and (len(parts) > 1 or parts[0] == "torch"):
        return Name(".".join([ALIASES[parts[0]], *parts[1:]]), strict=True)
    if not dot and len(parts) == 2 and parts[0] in RECEIVERS:
        owner = RECEIVERS[parts[0]]
        return Name(f"{owner}.{parts[1]}", strict=owner == TENSOR)
    if len(parts) != 1:
        return None
    if dot:
        return Name(f"{TENSOR}.{parts[0]}", strict=False)
    if call and KEYWORD_ARGUMENTS.fullmatch(call):
        method = resolve(f"{TENSOR}.{parts[0]}")
        if method is not None and callable(method):
            return Name(f"{TENSOR}.{parts[0]}", strict=False)
        return Name(f"torch.{parts[0]}", strict=False)
    return None


def _one_call(call: str) -> bool:
    """True when the parenthesis that opens `call` closes at its end: `(a, (b))`, not `(a).b()`."""
    depth = 0
    for position, character in enumerate(call):
        depth += {"(": 1, ")": -1}.get(character, 0)
        if depth == 0:
            return position == len(call) - 1
    return False


_MISSING = object()


@functools.cache
def resolve(qualified: str):
    """The object a dotted name rooted at torch names in the installed torch, or None:
    attributes walked from `torch`; where none has the name, the submodule of that name
    (torch.utils.checkpoint is not imported with torch), or an attribute of the module
    that an object shadows (torch.autograd.gradcheck is a function and a module)."""
    import torch  # here: a build whose names are all in the hook's cache does not import it

    parts = qualified.split(".")
    if parts[0] != "torch":
        return None
    found = torch
    for depth, part in enumerate(parts[1:], start=2):
        attribute = getattr(found, part, _MISSING)
        if attribute is _MISSING:
            try:
                attribute = importlib.import_module(".".join(parts[:depth]))
            except ImportError:
                shadowed = sys.modules.get(".".join(parts[: depth - 1]))
                attribute = getattr(shadowed, part, None) if shadowed is not found else None
        if attribute is None:
            return None
        found = attribute
    return found


def _is_value(found) -> bool:
    """An instance (torch.float64), not a module, class, function or attribute of a class."""
    return not (inspect.ismodule(found) or callable(found) or hasattr(type(found), "__get__"))


def _documented_class(value) -> str | None:
    """The class that documents a value: torch.dtype for torch.float64; None for a value
    of a class that is not torch's (torch.pi is a float)."""
    kind = type(value)
    return f"{kind.__module__}.{kind.__qualname__}" if kind.__module__ == "torch" else None


def exists(qualified: str) -> bool:
    return resolve(qualified) is not None


def address(qualified: str) -> str | None:
    """Where the reference of the installed release documents an object, by its name (see
    the module's docstring), or None where it does not document it."""
    found = resolve(qualified)
    documented = _documented_name(qualified, found)
    if documented is None:
        return None
    root = reference_root()
    if documented in MODULE_PAGES:
        return f"{root}{MODULE_PAGES[documented]}.html"
    if inspect.ismodule(found):
        above = documented.rsplit(".", 1)[0]
        while above not in MODULE_PAGES:
            above = above.rsplit(".", 1)[0]
        return f"{root}{MODULE_PAGES[above]}.html#module-{documented}"
    owner = documented.rsplit(".", 1)[0]
    if owner.startswith(MEMBERS_ON_CLASS_PAGE) and inspect.isclass(resolve(owner)):
        return f"{root}generated/{owner}.html#{documented}"
    keys = [documented, *(documented[: end + 1] for end in range(len(documented) - 1, 0, -1) if documented[end] == ".")]
    key = next((key for key in keys if key in ON_PAGE), None)
    if key is None:
        return f"{root}generated/{documented}.html"
    return None if ON_PAGE[key] is None else f"{root}{ON_PAGE[key]}.html#{documented}"


def _documented_name(qualified: str, found) -> str | None:
    """The name the reference documents an object under, or None for a private name or
    one that torch does not have."""
    if found is None or any(part.startswith("_") for part in qualified.split(".")):
        return None
    if _is_value(found):
        return _documented_class(found)
    return DOCUMENTED_AS.get(qualified, qualified)
