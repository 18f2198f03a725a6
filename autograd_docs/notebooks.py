"""Each page with examples as a Jupyter notebook, built from the page and its snippets.

The page's prose becomes Markdown cells and each example's snippet a code cell, so the
notebook holds no code of its own. Cells that end in an intended error are tagged
`raises-exception`, so that the notebook runs top to bottom. The site offers each
notebook for download (autograd_docs/hooks/notebooks.py), and tests/test_notebooks.py runs them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from autograd_docs.examples import TRACEBACK, read_page
from autograd_docs.project import DOCS

ADMONITION = re.compile(r'^(?:!!!|\?\?\?\+?)\s+(\w+)(?:\s+"([^"]*)")?\s*$')


def notebook_name(page: Path) -> str:
    return f"notebooks/{page.relative_to(DOCS).with_suffix('.ipynb').as_posix()}"


def page_notebook(page: Path) -> str | None:
    """The page as a notebook (nbformat 4 JSON), or None if it has no examples.

    Written as plain JSON: nbformat is slow to import, and the site's build runs this.
    """
    examples = read_page(page)
    if not examples:
        return None
    lines = page.read_text(encoding="utf-8").splitlines(keepends=True)
    cells = []
    prose_start = 0
    for example in examples:
        _add_prose(cells, lines[prose_start : example.line - 1])
        code = example.code.rstrip("\n")
        tags = ["raises-exception"] if TRACEBACK in (example.stated_output() or "") else []
        cells.append(
            {"cell_type": "code", "metadata": {"tags": tags} if tags else {}, "source": code, "outputs": [], "execution_count": None}
        )
        prose_start = example.end_line
    _add_prose(cells, lines[prose_start:])
    kernel = {"name": "python3", "display_name": "Python 3", "language": "python"}
    notebook = {"cells": cells, "metadata": {"kernelspec": kernel}, "nbformat": 4, "nbformat_minor": 4}
    return json.dumps(notebook, indent=1, ensure_ascii=False) + "\n"


def _add_prose(cells, lines: list[str]) -> None:
    text = "".join(_plain_markdown(lines)).strip("\n")
    if text:
        cells.append({"cell_type": "markdown", "metadata": {}, "source": text})


def _plain_markdown(lines: list[str]):
    """Material's admonitions (`!!! note "Title"` and an indented body) as block quotes."""
    in_admonition = False
    for line in lines:
        match = ADMONITION.match(line)
        if match:
            in_admonition = True
            yield f"> **{match.group(2) or match.group(1).capitalize()}**\n>\n"
        elif in_admonition and (line.startswith("    ") or not line.strip()):
            yield f"> {line[4:]}" if line.strip() else ">\n"
        else:
            in_admonition = False
            yield line
