"""Every notebook runs top to bottom in a fresh kernel and prints what the site states.

Two kinds: each page's notebook, built from the page (autograd_docs/notebooks.py), and the
exercise notebooks in docs/exercises/, which mkdocs-jupyter shows with their stored
outputs. `--update-outputs` (`make update`) stores an exercise notebook's new outputs.

A page's notebook (autograd_docs/notebooks.py) must print, cell by cell, the stated outputs of the
page's examples. Jupyter keeps stdout, stderr and errors apart, so the comparison is made
per stream: stdout against the stated output without its warnings and traceback, stderr
against the warnings (with the kernel's file name replaced by the snippet's, and
shortened as the runner shortens them), and the error against the traceback's last line.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor, wait
from pathlib import Path

import nbformat
import pytest

from autograd_docs.examples import TRACEBACK, pages_with_examples, read_page, shorten_locations
from autograd_docs.project import DOCS, relative
from autograd_docs.notebooks import page_notebook
from autograd_docs.pytest_plugin import UPDATED
from autograd_docs.warm_kernels import KernelServer

KERNEL_FILE = re.compile(r"\S*ipykernel_\d+/\d+\.py")
WARNING = re.compile(r"[^/\s]+\.py(:\d+)?: \w+: ")  # a place in torch's code has no line number
NOTEBOOK_PAGES = pages_with_examples()
EXERCISES = sorted((DOCS / "exercises").glob("*.ipynb"))
# Notebooks run side by side: twice the machine's two cores, as a kernel spends much of a
# notebook waiting on the messages of its cells (the module took 31-34 s with two, 26-29 s with four).
KERNELS = 4


def streams_of_stated(stated: str) -> dict[str, str]:
    """A stated output split the way Jupyter shows it: stdout, stderr and the error."""
    text, _, traceback = stated.partition(TRACEBACK)
    streams = {"stdout": "", "stderr": "", "error": traceback.splitlines()[-1] if traceback else ""}
    lines = text.splitlines(keepends=True)
    while lines:
        line = lines.pop(0)
        if WARNING.match(line):
            streams["stderr"] += line + (lines.pop(0) if lines and lines[0].startswith("  ") else "")
        else:
            streams["stdout"] += line
    return streams


def streams_of_cell(cell, snippet_name: str) -> dict[str, str]:
    streams = {"stdout": "", "stderr": "", "error": ""}
    for output in cell.outputs:
        if output.output_type == "stream":
            text = KERNEL_FILE.sub(snippet_name, output.text)
            streams[output.name] += shorten_locations(text) if output.name == "stderr" else text
        elif output.output_type == "error":
            streams["error"] = f"{output.ename}: {output.evalue}"
    return streams


def shorten_tracebacks(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Store an error as the pages show one: first and last line (the rest names this machine's files)."""
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            if output.output_type == "error":
                output.traceback = [TRACEBACK.rstrip("\n"), "  ...", f"{output.ename}: {output.evalue}"]
    return notebook


def has_long_traceback(notebook: nbformat.NotebookNode) -> bool:
    return any(
        len(output.traceback) > 3 for cell in notebook.cells for output in cell.get("outputs", []) if output.output_type == "error"
    )


def read_notebook(path: Path) -> nbformat.NotebookNode:
    if path.suffix == ".md":
        return nbformat.reads(page_notebook(path), as_version=4)
    return nbformat.read(path, as_version=4)


def code_of(notebook: nbformat.NotebookNode) -> tuple[str, ...]:
    return tuple(cell.source for cell in notebook.cells if cell.cell_type == "code")


@pytest.fixture(scope="module")
def executed(request):
    """The selected notebooks (all, unless -k chose some), each run in its own fresh kernel
    (a warm one: torch already imported, nothing run), KERNELS at a time; a failure shows
    in its own test. Notebooks with the same code (a page and its translation) run once:
    their text cells run nothing."""
    selected = sorted({
        next(iter(item.callspec.params.values()))
        for item in request.session.items
        if getattr(item, "module", None) is request.module and hasattr(item, "callspec")
    })
    notebooks = {path: read_notebook(path) for path in selected}
    with KernelServer() as kernels, ThreadPoolExecutor(max_workers=KERNELS) as pool:
        by_code = {}
        for notebook in notebooks.values():
            if code_of(notebook) not in by_code:
                by_code[code_of(notebook)] = pool.submit(kernels.execute, notebook, timeout=120, record_timing=False)
        wait(by_code.values())
    return {path: by_code[code_of(notebook)] for path, notebook in notebooks.items()}


@pytest.mark.parametrize("page", NOTEBOOK_PAGES, ids=relative)
def test_page_notebook_prints_the_stated_outputs(page, executed):
    code_cells = [cell for cell in executed[page].result().cells if cell.cell_type == "code"]
    examples = read_page(page)
    assert len(code_cells) == len(examples)
    for cell, example in zip(code_cells, examples):
        name = example.snippet.name
        assert streams_of_cell(cell, name) == streams_of_stated(example.stated_output()), (
            f"{example.where}: the notebook cell of {relative(example.snippet)} prints something else"
        )


@pytest.mark.parametrize("notebook", EXERCISES, ids=relative)
def test_exercise_notebook_prints_its_stored_outputs(notebook, executed, request):
    stored = nbformat.read(notebook, as_version=4)
    fresh = executed[notebook].result()
    pairs = [(old, new) for old, new in zip(stored.cells, fresh.cells) if old.cell_type == "code"]
    if request.config.getoption("update_outputs"):
        if any(streams_of_cell(old, "cell") != streams_of_cell(new, "cell") for old, new in pairs) or has_long_traceback(stored):
            nbformat.write(shorten_tracebacks(fresh), notebook)
            request.config.stash[UPDATED].append(notebook)
        return
    assert not has_long_traceback(stored), f"{relative(notebook)} stores a full traceback; `make update` shortens it"
    for number, (old, new) in enumerate(pairs, start=1):
        assert streams_of_cell(new, "cell") == streams_of_cell(old, "cell"), (
            f"{relative(notebook)}: code cell {number} prints something other than its stored output; "
            "if the change is intended, record it with `make update`"
        )
