"""The in-process runner prints what `python file.py` prints in a terminal.

Checked on the two examples that exercise the rewrites documented in
tests/examples.py (a warning, a traceback), each run in a new Python process from its
own folder, unbuffered so that stdout and stderr interleave as in a terminal.
"""

import subprocess
import sys

import pytest

from autograd_docs.examples import SNIPPETS, run_snippet

EXAMPLES = [SNIPPETS / "about" / "a_warning.py", SNIPPETS / "about" / "an_error.py"]


def rewrite(text: str, folder) -> str:
    """The two rewrites the runner makes: file names without their folder, tracebacks shortened."""
    text = text.replace(f"{folder}/", "")
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
