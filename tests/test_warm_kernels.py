"""autograd_docs/warm_kernels.py: each notebook gets a kernel of its own, with nothing of
another notebook in it, and a notebook that never ends is stopped with its kernel."""

import time
from pathlib import Path

import nbformat
import pytest
from nbclient.exceptions import CellTimeoutError

from autograd_docs.warm_kernels import KernelServer


def notebook(*cells: str) -> nbformat.NotebookNode:
    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(cell) for cell in cells])


def run(kernels: KernelServer, nb: nbformat.NotebookNode, **options) -> str:
    """What the notebook prints."""
    kernels.execute(nb, **options)
    return "".join(output.get("text", "") for cell in nb.cells for output in cell.outputs)


@pytest.fixture(scope="module")
def kernels():
    with KernelServer() as server:
        yield server


PRINT_STATE = "import sys, torch, numpy\nprint('x' in globals(), 'torch' in sys.modules, torch.initial_seed(), numpy.random.rand())"


def test_a_kernel_starts_with_torch_imported_nothing_run_and_seeds_of_its_own(kernels):
    first = run(kernels, notebook("x = 1", PRINT_STATE)).split()
    second = run(kernels, notebook(PRINT_STATE)).split()
    assert first[:2] == ["True", "True"] and second[:2] == ["False", "True"], "a kernel saw another notebook's names"
    assert first[2] != second[2] and first[3] != second[3], "two kernels draw the same random numbers"


def kernels_of(server: int) -> list[int]:
    """The kernels the server has forked and not yet reaped (Linux's /proc)."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])  # after "(name) state"
        except (OSError, IndexError, ValueError):  # the process ended while it was read
            continue
        if parent == server:
            children.append(int(stat.parent.name))
    return children


def test_a_notebook_that_never_ends_times_out_and_its_kernel_ends(kernels):
    with pytest.raises(CellTimeoutError):
        run(kernels, notebook("while True:\n    pass"), timeout=2)
    deadline = time.monotonic() + 10  # the server reaps an ended kernel within half a second
    while kernels_of(kernels.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not kernels_of(kernels.pid), "the kernel of the notebook that timed out is still running"
    assert run(kernels, notebook("print(1 + 1)")) == "2\n"
