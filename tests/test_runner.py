"""The in-process runner prints what `python file.py` prints in a terminal.

Checked on the three examples that exercise the rewrites documented in
autograd_docs/examples.py (a warning, a warning inside torch, a traceback), each run in a
new Python process from its own folder, unbuffered so that stdout and stderr interleave as
in a terminal.
"""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from autograd_docs.examples import SNIPPETS, run_snippet

EXAMPLES = [SNIPPETS / "about" / name for name in ("a_warning.py", "a_warning_in_torch.py", "an_error.py")]


def rewrite(text: str, folder) -> str:
    """The rewrites the runner makes: file names without their folder, places in torch's
    code without folder or line number, tracebacks shortened."""
    import torch

    text = text.replace(f"{folder}/", "")
    text = re.sub(rf"{re.escape(str(Path(torch.__file__).parent))}/(?:\S+/)?([^/\s]+):\d+:", r"\1:", text)
    text = re.sub(r"\(Triggered internally at \S*/([^/\s]+):\d+\.\)", r"(Triggered internally at \1.)", text)
    head, marker, rest = text.partition("Traceback (most recent call last):\n")
    if not marker:
        return text
    return head + marker + "  ...\n" + rest.splitlines(keepends=True)[-1]


@pytest.fixture(scope="module")
def fresh_runs():
    # Started together: each pays for its own `import torch`, in parallel.
    processes = {
        path: subprocess.Popen(
            [sys.executable, "-u", path.name],
            cwd=path.parent,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for path in EXAMPLES
    }
    return {path: process.communicate()[0] for path, process in processes.items()}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.name)
def test_runner_prints_what_a_new_python_prints(path, fresh_runs):
    in_process = run_snippet(path.read_text(encoding="utf-8"), path).printed
    assert in_process == rewrite(fresh_runs[path], path.parent)
