"""The checks fail where they should, with a message that points at the cause.

One fixture builds a small site in a temporary folder, with this project's tests and
config and one broken example of each kind, runs pytest on it in one separate process,
and the tests read the failure messages.
"""

import shutil
import subprocess
import sys

import pytest

from autograd_docs.project import ROOT

FENCE = "```"


def example(name: str) -> str:
    return (
        f'{FENCE}python title="{name}.py"\n--8<-- "broken/{name}.py"\n{FENCE}\n\n'
        f'{FENCE} {{ .text .output title="Output" }}\n--8<-- "broken/{name}.out"\n{FENCE}\n\n'
    )


PAGES = {
    "outputs.md": "# Outputs\n\n"
    + example("changed_output")
    + example("raises")
    + example("intended_error")
    + example("unrecorded"),
    "missing.md": '# Missing\n\n```python title="nope.py"\n--8<-- "broken/nope.py"\n```\n',
    # Two rule breaks on one page (fences without a title): one failure, for the page.
    "untitled.md": "# Untitled\n\n"
    + example("good").replace(' title="good.py"', "")
    + example("counted").replace(' title="counted.py"', ""),
    # The same snippet on two pages runs once; each page's output is checked.
    "counted.md": "# Counted\n\n" + example("counted"),
    "counted_again.md": "# Counted again\n\n" + example("counted"),
    "leaky.md": "# Leaky\n\n" + example("leaky"),
    "endless.md": "# Endless\n\n"
    + example("endless").replace('python title="endless.py"', '{ .python title="endless.py" data-time-limit="1" }'),
    "no_output.md": '# No output\n\n```python title="good.py"\n--8<-- "broken/good.py"\n```\n',
    "inline.md": "# Inline\n\n```python\nprint(1)\n```\n",
    "output_only.md": '# Output only\n\n``` { .text .output title="Output" }\n--8<-- "broken/good.out"\n```\n',
}

SNIPPETS = {
    "changed_output.py": "import torch\n\nprint(torch.tensor([1.0, 2.0]))\n",
    "changed_output.out": "tensor([1., 3.])\n",  # one character off
    "raises.py": "import torch\n\nx = torch.ones(2)\nx.backward()\nprint('done')\n",
    "raises.out": "done\n",
    "intended_error.py": "import torch\n\nprint('before')\ntorch.ones(2, dtype=torch.long).requires_grad_()\n",
    "intended_error.out": "before\nTraceback (most recent call last):\n  ...\n"
    "RuntimeError: only Tensors of floating point dtype can require gradients\n",
    "unrecorded.py": "print('new')\n",
    "good.py": "print('good')\n",
    "good.out": "good\n",
    "orphan.py": "print('nobody shows me')\n",
    "counted.py": "with open('runs.txt', 'a') as runs:\n    runs.write('run\\n')\nprint('counted')\n",
    "counted.out": "counted\n",
    "leaky.py": "import torch\n\ntorch.autograd.set_detect_anomaly(True)\ntorch.set_default_dtype(torch.float64)\nprint('on')\n",
    "leaky.out": "on\n",
    "endless.py": "while True:\n    try:\n        pass\n    except Exception:\n        pass\n",
    "endless.out": "",
}


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    site = tmp_path_factory.mktemp("broken-site")
    shutil.copytree(ROOT / "tests", site / "tests", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("mkdocs.yml", "pyproject.toml"):
        shutil.copy(ROOT / name, site / name)
    (site / "docs").mkdir()
    for name, text in PAGES.items():
        (site / "docs" / name).write_text(text)
    (site / "snippets" / "broken").mkdir(parents=True)
    for name, text in SNIPPETS.items():
        (site / "snippets" / "broken" / name).write_text(text)
    (site / "snippets" / "about").mkdir()
    (site / "snippets" / "about" / "torch_version.out").write_text("0.0.0\n")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "docs", "tests/test_pages.py", "-rA", "-p", "no:cacheprovider"],
        cwd=site,
        capture_output=True,
        text=True,
    )
    return run.stdout + run.stderr + f"\nruns.txt: {(site / 'runs.txt').read_text()!r}"


def test_a_changed_output_shows_a_diff_at_its_page_line(report):
    assert "docs/outputs.md:3: snippets/broken/changed_output.py prints something other than its stated output" in report
    assert "-tensor([1., 3.])\n+tensor([1., 2.])" in report


def test_a_different_torch_is_named_in_one_line_before_the_diff(report):
    note = "NOTE: the stated outputs were recorded with torch 0.0.0, but torch"
    assert "is installed.\ndocs/outputs.md:3: snippets/broken/changed_output.py prints" in report
    assert note in report


def test_an_unexpected_error_names_the_snippet_line(report):
    assert "docs/outputs.md:11: snippets/broken/raises.py raised an error that the page does not show" in report
    assert 'File "snippets/broken/raises.py", line 4\n    x.backward()' in report


def test_an_intended_error_passes_and_tests_are_named_after_their_snippets(report):
    assert "PASSED docs/outputs.md::intended_error.py" in report


def test_an_unrecorded_output_asks_for_an_update(report):
    assert "docs/outputs.md:27: snippets/broken/unrecorded.out does not exist: record it with `make update`" in report


def test_a_missing_snippet_names_page_and_line(report):
    assert "docs/missing.md:3: snippet broken/nope.py not found in snippets/" in report


def test_code_without_output_is_named(report):
    assert "docs/no_output.md:3: broken/good.py has no stated output right below it" in report


def test_inline_code_is_refused(report):
    assert "docs/inline.md:3: a python block must hold exactly one line" in report


def test_output_without_code_is_named(report):
    assert "docs/output_only.md:3: stated output broken/good.out has no code above it" in report


def test_an_orphan_snippet_is_listed(report):
    assert "no page shows these snippet files" in report
    assert "\nsnippets/broken/orphan.py" in report


def test_a_page_that_breaks_the_rules_fails_once(report):
    assert "FAILED docs/untitled.md::rules" in report
    assert "give the code block a title" in report
    assert "docs/untitled.md::good.py" not in report and "docs/untitled.md::counted.py" not in report


def test_a_snippet_on_two_pages_runs_once_and_both_pages_are_checked(report):
    assert "PASSED docs/counted.md::counted.py" in report
    assert "PASSED docs/counted_again.md::counted.py" in report
    assert "runs.txt: 'run\\n'" in report


def test_an_endless_example_stops_at_its_time_limit(report):
    assert "docs/endless.md:3: snippets/broken/endless.py did not finish within 1 s" in report


def test_an_example_that_leaves_global_state_changed_is_named(report):
    assert "docs/leaky.md:3: snippets/broken/leaky.py leaves global state changed (anomaly detection, default dtype)" in report
