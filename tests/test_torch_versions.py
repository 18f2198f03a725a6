"""An example that needs a torch release newer than 2.0 says so in its first line, so that a
reader on an older torch learns it before the example fails (the About page promises it):

    # Needs torch 2.6 or newer: torch.nn.utils.get_total_norm

The name is a dotted name from `torch` (`torch.Tensor.register_post_accumulate_grad_hook` for
a method), or a keyword written as `torch.autograd.grad(materialize_grads=)`. Checked for every
snippet and every code cell of the exercise notebooks: the line is the first one and well
formed; its release is newer than 2.0 and not newer than the installed torch, which ran the
example; its name exists in the installed torch and the code uses it. And code that uses a
name of FIRST_RELEASES carries the line, with at least that name's release.
"""

from __future__ import annotations

import ast
import functools
import inspect
import pkgutil
import re
from dataclasses import dataclass

import nbformat
import pytest
import torch

from autograd_docs.project import DOCS, SNIPPETS, relative

# The first release that has each name, from PyPI's macOS wheels of torch 2.0.0 to 2.6.0
# (their Python source, which is the same on every platform), and PyTorch's pages:
FIRST_RELEASES = {
    # torch/nn/utils/__init__.py exports both from 2.6.0, in no earlier wheel; added by
    # github.com/pytorch/pytorch/pull/139662 (merged 2024-11-07, after 2.5's release).
    "torch.nn.utils.get_total_norm": (2, 6),
    "torch.nn.utils.clip_grads_with_norm_": (2, 6),
    # torch/amp/grad_scaler.py is new in 2.3.0, with device "cuda" or "cpu" (2.2.0 has only
    # torch.cuda.amp.GradScaler); pytorch.org/docs/2.3/_modules/torch/cuda/amp/grad_scaler.html.
    "torch.amp.GradScaler": (2, 3),
    # torch/autograd/__init__.py: grad() has materialize_grads from 2.1.0, not in 2.0.0.
    "torch.autograd.grad(materialize_grads=)": (2, 1),
    # torch/_tensor.py: def register_post_accumulate_grad_hook from 2.1.0.
    "torch.Tensor.register_post_accumulate_grad_hook": (2, 1),
    # torch/autograd/graph.py: GradientEdge and get_gradient_edge from 2.2.0;
    # register_multi_grad_hook is in 2.0.0, its mode argument from 2.3.0.
    "torch.autograd.graph.GradientEdge": (2, 2),
    "torch.autograd.graph.get_gradient_edge": (2, 2),
    "torch.autograd.graph.register_multi_grad_hook(mode=)": (2, 3),
    # torch/__init__.py: def get_default_device from 2.3.0.
    "torch.get_default_device": (2, 3),
    # torch/utils/checkpoint.py: checkpoint() has context_fn and determinism_check from 2.1.0.
    "torch.utils.checkpoint.checkpoint(context_fn=)": (2, 1),
    "torch.utils.checkpoint.checkpoint(determinism_check=)": (2, 1),
}

NEEDS = re.compile(r"#\s*needs\s+torch\b", re.IGNORECASE)  # any line that tries to say it
NEEDS_LINE = re.compile(r"# Needs torch (\d+)\.(\d+) or newer: (\S+)")
KEYWORD = re.compile(r"(?P<function>[\w.]+)\((?P<keyword>\w+)=\)")


@dataclass
class Example:
    place: str  # how messages name it: a snippet's path, or a notebook's path and cell id
    code: str

    def line(self, number: int) -> str:
        return f"{self.place}, line {number}"


def examples() -> list[Example]:
    found = [Example(relative(path), path.read_text(encoding="utf-8")) for path in sorted(SNIPPETS.rglob("*.py"))]
    for path in sorted((DOCS / "exercises").glob("*.ipynb")):
        notebook = nbformat.read(path, as_version=4)
        found += [
            Example(f"{relative(path)}, cell {cell.id}", cell.source)
            for cell in notebook.cells
            if cell.cell_type == "code"
        ]
    return found


def names_used(code: str) -> set[str]:
    """The torch names that code uses, spelled from `torch` whatever the imports: after
    `from torch import nn`, `nn.utils.get_total_norm(g)` uses torch.nn.utils.get_total_norm
    (and torch.nn, torch.nn.utils). A keyword is written torch.autograd.grad(materialize_grads=);
    an attribute of a value whose class the code does not say (`w.backward(inputs=[w])`)
    starts with a dot: .backward, .backward(inputs=)."""
    tree = ast.parse(code)
    imported = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:  # import torch.nn.functional as F
                    imported[alias.asname] = alias.name
                else:  # import torch.nn binds torch
                    top = alias.name.split(".")[0]
                    imported[top] = top
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                imported[alias.asname or alias.name] = f"{node.module}.{alias.name}"

    def spelled(node) -> str | None:
        if isinstance(node, ast.Name):
            return imported.get(node.id)
        if isinstance(node, ast.Attribute):
            return f"{spelled(node.value) or ''}.{node.attr}"
        return None

    names = set(imported.values())
    for node in ast.walk(tree):
        name = spelled(node)
        if name:
            names.add(name)
        if isinstance(node, ast.Call) and (function := spelled(node.func)):
            names.update(f"{function}({keyword.arg}=)" for keyword in node.keywords if keyword.arg)
    return names


def uses(names: set[str], name: str) -> bool:
    """Whether code with these names uses `name`; a method of a torch class counts when the code
    uses an attribute of that name on some value (torch.Tensor.backward: `y.backward()`)."""
    if name in names:
        return True
    owner = name.partition("(")[0].rpartition(".")[0]
    return "." + name[len(owner) + 1 :] in names and is_class(owner)


@functools.cache
def is_class(name: str) -> bool:
    return isinstance(pkgutil.resolve_name(name), type)


def missing_in_installed_torch(name: str) -> str | None:
    """Why the installed torch has no such name (or keyword), or None if it has."""
    keyword = KEYWORD.fullmatch(name)
    try:
        found = pkgutil.resolve_name(keyword["function"] if keyword else name)
    except (ImportError, AttributeError):
        return f"torch {torch.__version__} has no {keyword['function'] if keyword else name}"
    try:
        parameters = inspect.signature(found).parameters if keyword else {}
    except (TypeError, ValueError):  # a builtin without a signature
        return f"{keyword['function']}() of torch {torch.__version__} has no signature to find {keyword['keyword']} in"
    if keyword and keyword["keyword"] not in parameters:
        return f"{keyword['function']}() of torch {torch.__version__} takes no keyword {keyword['keyword']}"
    return None


def needs_line_problems(example: Example) -> list[str]:
    """What is wrong with the example's "Needs torch" line, if it has one."""
    lines = example.code.splitlines()
    problems = [
        f"{example.line(number)}: a \"Needs torch\" comment belongs on the first line: {line.strip()!r}"
        for number, line in enumerate(lines, 1)
        if number > 1 and NEEDS.search(line)
    ]
    first = lines[0] if lines else ""
    if not NEEDS.search(first):
        return problems
    match = NEEDS_LINE.fullmatch(first.rstrip())
    if not match:
        return problems + [
            f"{example.line(1)}: write it as \"# Needs torch 2.6 or newer: torch.nn.utils.get_total_norm\", not {first!r}"
        ]
    version, name = (int(match[1]), int(match[2])), match[3]
    if version <= (2, 0):
        problems.append(f"{example.line(1)}: the line is for what torch 2.0 lacks: name a release newer than 2.0, not {match[1]}.{match[2]}")
    if torch.__version__ < version:
        problems.append(f"{example.line(1)}: torch {match[1]}.{match[2]} is newer than the installed {torch.__version__}, which recorded the output")
    if missing := missing_in_installed_torch(name):
        problems.append(f"{example.line(1)}: {missing}")
    elif not uses(names_used(example.code), name):
        problems.append(f"{example.line(1)}: the code does not use {name}")
    if name in FIRST_RELEASES and version != FIRST_RELEASES[name]:
        first_release = ".".join(map(str, FIRST_RELEASES[name]))
        problems.append(f"{example.line(1)}: {name} is in torch from {first_release}, not {match[1]}.{match[2]} (see FIRST_RELEASES)")
    return problems


def unstated_needs(example: Example) -> list[str]:
    """The names of FIRST_RELEASES that the example uses without its first line saying so."""
    match = NEEDS_LINE.fullmatch(example.code.partition("\n")[0].rstrip())
    stated = (int(match[1]), int(match[2])) if match else (2, 0)
    names = names_used(example.code)
    return [
        f"{example.place}: uses {name}, so its first line must be "
        f"\"# Needs torch {version[0]}.{version[1]} or newer: {name}\""
        for name, version in FIRST_RELEASES.items()
        if version > stated and uses(names, name)
    ]


EXAMPLES = examples()


def test_the_examples_are_found():
    assert len(EXAMPLES) > 200, "the snippets and the exercise notebooks' code cells were not found"


def test_needs_torch_lines_are_right():
    problems = [problem for example in EXAMPLES for problem in needs_line_problems(example)]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_examples_say_when_they_need_a_newer_torch():
    problems = [problem for example in EXAMPLES for problem in unstated_needs(example)]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_first_releases_name_what_torch_has():
    """A name of FIRST_RELEASES that the installed torch lacks is misspelt, and so never matched."""
    problems = [f"FIRST_RELEASES: {missing}" for name in FIRST_RELEASES if (missing := missing_in_installed_torch(name))]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("from torch import nn\nnn.utils.get_total_norm([])", "torch.nn.utils.get_total_norm"),
        ("import torch\ntorch.amp.GradScaler('cpu')", "torch.amp.GradScaler"),
        ("from torch.amp import GradScaler\nGradScaler('cpu')", "torch.amp.GradScaler"),
        ("import torch\ntorch.autograd.grad(z, [x], materialize_grads=True)", "torch.autograd.grad(materialize_grads=)"),
        ("w.register_post_accumulate_grad_hook(print)", "torch.Tensor.register_post_accumulate_grad_hook"),
    ],
)
def test_names_used_sees_through_imports(code, name):
    assert uses(names_used(code), name)


def test_names_used_tells_names_apart():
    names = names_used("import torch\nfrom torch import nn\nnn.utils.clip_grad_norm_(p, 1.0)\ntorch.autograd.grad(z, x)")
    assert not uses(names, "torch.nn.utils.get_total_norm")
    assert not uses(names, "torch.autograd.grad(materialize_grads=)")
