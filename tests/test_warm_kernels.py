"""autograd_docs/warm_kernels.py: each notebook gets a kernel of its own, with nothing of
another notebook in it, and a notebook that never ends is stopped with its kernel."""

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


def test_a_notebook_that_never_ends_times_out_and_its_kernel_ends(kernels):
    with pytest.raises(CellTimeoutError):
        run(kernels, notebook("while True:\n    pass"), timeout=2)
    assert run(kernels, notebook("print(1 + 1)")) == "2\n"
