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

Where an object is documented: PyTorch's reference is built by Sphinx from
pytorch/pytorch's docs/source/*.md, where an object listed in an `autosummary` with
`:toctree: generated` gets a page of its own, generated/<documented name>.html, and one
documented with `autoclass`/`autofunction` is an anchor, #<documented name>, on the page of
the file. `address` applies that layout: its own page, unless LAYOUT says otherwise for the
object or for the class or module that holds it. The documented name is the name as
written with the aliases expanded (torch.nn.modules.linear.Linear is documented as
torch.nn.Linear), except where the reference lists an object under another name
(DOCUMENTED_AS). Checked against docs/source of pytorch/pytorch (autograd.md, torch.md,
tensors.md, nn.md, optim.md, func.api.md, amp.md, checkpoint.md, testing.md) for every name
that the site links, and against the published pages generated/torch.Tensor.backward.html,
generated/torch.Tensor.grad.html and generated/torch.optim.Optimizer.zero_grad.html.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import re
import sys
from dataclasses import dataclass

import torch

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

# Names that the reference lists under another name (see `autosummary` in docs/source):
# torch.md lists `autograd.grad_mode.set_grad_enabled`, nn.md `~parameter.Parameter`, and
# autograd.md the gradient checks in their module, torch.autograd.gradcheck.
DOCUMENTED_AS = {
    "torch.set_grad_enabled": "torch.autograd.grad_mode.set_grad_enabled",
    "torch.inference_mode": "torch.autograd.grad_mode.inference_mode",
    "torch.nn.Parameter": "torch.nn.parameter.Parameter",
    "torch.autograd.gradcheck": "torch.autograd.gradcheck.gradcheck",
    "torch.autograd.gradgradcheck": "torch.autograd.gradcheck.gradgradcheck",
}

# Where the reference puts what is not on a page of its own, by documented name: the page
# (docs/source/<page>.md) that documents it with `autoclass`/`autofunction`, as an anchor.
# A key ending in "." covers everything in that module or class; modules not listed have
# no page of their own, and are the anchor #module-<name> (`py:module`) on their parent's.
# None: the reference does not document it (no link).
MODULE_PAGES = {
    "torch": "torch", "torch.nn": "nn", "torch.nn.functional": "nn.functional", "torch.nn.init": "nn.init",
    "torch.optim": "optim", "torch.autograd": "autograd", "torch.func": "func.api", "torch.amp": "amp",
    "torch.testing": "testing", "torch.utils.checkpoint": "checkpoint", "torch.special": "special",
    "torch.linalg": "linalg", "torch.cuda": "cuda", "torch.distributed": "distributed",
    "torch.distributed.algorithms.ddp_comm_hooks": "ddp_comm_hooks",
}
LAYOUT: dict[str, str | None] = {
    "torch.Tensor": "tensors",
    "torch.Tensor.grad_fn": None,
    "torch.Tensor.data": None,
    "torch.Tensor.dtype": None,
    "torch.autograd.Function": "autograd",
    "torch.autograd.detect_anomaly": "autograd",
    "torch.autograd.set_detect_anomaly": "autograd",
    "torch.autograd.function.FunctionCtx": "autograd",
    "torch.optim.Optimizer": "optim",
    "torch.dtype": "tensor_attributes",
    "torch.autocast": "amp",
    "torch.amp.": "amp",
    "torch.special.": "special",
    "torch.nn.init.": "nn.init",
    "torch.testing.": "testing",
    "torch.utils.checkpoint.": "checkpoint",
    "torch.distributed.algorithms.ddp_comm_hooks.": "ddp_comm_hooks",
    "torch.relu": None,
    "torch.is_anomaly_enabled": None,
    # nn.md's classes use classtemplate.rst (`autoclass` with `:members:`): their methods
    # are anchors on the class's own page.
    "torch.nn.Module.": "generated/torch.nn.Module",
}


def reference_root() -> str:
    """The reference of the installed torch's release: 2.13.0+cpu -> .../docs/2.13/."""
    major, minor = torch.__version__.split(".")[:2]
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
    if found is None or any(part.startswith("_") for part in qualified.split(".")):
        return None  # private, or not in torch
    documented = DOCUMENTED_AS.get(qualified, qualified)
    if _is_value(found):
        documented = _documented_class(found)
        if documented is None:
            return None
    if documented in MODULE_PAGES:
        return f"{reference_root()}{MODULE_PAGES[documented]}.html"
    if inspect.ismodule(found):
        parent = documented.rsplit(".", 1)[0]
        while parent not in MODULE_PAGES:
            parent = parent.rsplit(".", 1)[0]
        return f"{reference_root()}{MODULE_PAGES[parent]}.html#module-{documented}"
    prefixes = [documented] + [documented[: end + 1] for end in range(len(documented) - 1, 0, -1) if documented[end] == "."]
    for prefix in prefixes:
        if prefix in LAYOUT:
            page = LAYOUT[prefix]
            return None if page is None else f"{reference_root()}{page}.html#{documented}"
    return f"{reference_root()}generated/{documented}.html"
