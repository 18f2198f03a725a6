"""Notebooks made from the pages, so that no code or output exists twice.

- Each page with examples as a Jupyter notebook, built from the page and its snippets.
  The page's prose becomes Markdown cells and each example's snippet a code cell. Cells
  that end in an intended error are tagged `raises-exception`, so that the notebook runs
  top to bottom.
- Each exercise notebook in another language: the notebook (docs/exercises/grad.ipynb),
  its text cells replaced by their translations (docs/exercises/grad.zh.md), where each
  text cell's translation follows a line `<!-- cell ID -->` naming the cell it replaces.
  Code and outputs are the notebook's own.
- Each exercise notebook as the site serves it: its solutions (the cells tagged
  `solution`) collapsed.

The site offers each page's notebook for download (autograd_docs/hooks/page_notebooks.py)
and shows the exercise notebooks (autograd_docs/hooks/exercise_notebooks.py);
tests/test_notebooks.py runs them all.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from autograd_docs.examples import TRACEBACK, read_page
from autograd_docs.project import DOCS, untranslated

ADMONITION = re.compile(r'^(?:!!!|\?\?\?\+?)\s+(\w+)(?:\s+"([^"]*)")?\s*$')
HEADING_ATTRIBUTES = re.compile(r"^(#+ .*?)[ \t]*\{[^{}\n]*\}[ \t]*$", re.MULTILINE)  # `## Title { #id }`: Jupyter shows the braces
CELL_MARKER = re.compile(r"^<!-- cell (\S+) -->[ \t]*\n", re.MULTILINE)
SOLUTION_TAG = "solution"  # the cells of an exercise's solution carry this tag


def notebook_name(page: Path) -> str:
    """The notebook of a page, as the build names it in each language: notebooks/grad.ipynb."""
    return f"notebooks/{untranslated(page).relative_to(DOCS).with_suffix('.ipynb').as_posix()}"


def translation_of(notebook: Path, language: str) -> Path:
    """The file that holds a notebook's text cells in another language: grad.zh.md."""
    return notebook.with_name(f"{notebook.stem}.{language}.md")


def translated_cells(translation: Path) -> dict[str, str]:
    """Each translated text cell, by the id of the cell it replaces (none while the file is missing:
    the tests name every page and cell that lacks its translation)."""
    if not translation.exists():
        return {}
    pieces = CELL_MARKER.split(translation.read_text(encoding="utf-8"))
    return {cell_id: text.strip("\n") for cell_id, text in zip(pieces[1::2], pieces[2::2])}


def translated_notebook(notebook: Path, translation: Path) -> str:
    """The notebook with its text cells in the translation's language (nbformat 4 JSON)."""
    data = json.loads(notebook.read_text(encoding="utf-8"))
    texts = translated_cells(translation)
    for cell in data["cells"]:
        if cell["cell_type"] == "markdown" and cell.get("id") in texts:
            cell["source"] = texts[cell["id"]]
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def is_solution(cell: dict) -> bool:
    return SOLUTION_TAG in cell.get("metadata", {}).get("tags", [])


def with_solutions_collapsed(notebook: str) -> str:
    """The notebook (nbformat 4 JSON) with its solution cells collapsed (nbformat's
    `jupyter.source_hidden` and `outputs_hidden`): JupyterLab and Notebook 7 show each
    one's first line and an ellipsis until it is clicked, so a solution's text cell starts
    with a line **Solution.** alone (tests/test_solutions.py). Front ends that ignore this
    metadata show the solutions."""
    data = json.loads(notebook)
    for cell in data["cells"]:
        if is_solution(cell):
            hidden = {"source_hidden": True, **({"outputs_hidden": True} if cell["cell_type"] == "code" else {})}
            cell["metadata"]["jupyter"] = {**cell["metadata"].get("jupyter", {}), **hidden}
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def page_notebook(page: Path) -> str | None:
    """The page as a notebook (nbformat 4 JSON), or None if it has no examples.

    Written as plain JSON: nbformat is slow to import, and the site's build runs this.
    """
    examples = read_page(page)
    if not examples:
        return None
    lines = page.read_text(encoding="utf-8").splitlines(keepends=True)
    cells = []
    prose_start = _front_matter_end(lines)
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


def _front_matter_end(lines: list[str]) -> int:
    """The line after a page's front matter (a YAML block between two `---` lines), or 0."""
    if lines and lines[0].strip() == "---":
        for number, line in enumerate(lines[1:], start=1):
            if line.strip() == "---":
                return number + 1
    return 0


def _add_prose(cells, lines: list[str]) -> None:
    text = "".join(_plain_markdown(lines)).strip("\n")
    if text:
        cells.append({"cell_type": "markdown", "metadata": {}, "source": text})


def _plain_markdown(lines: list[str]):
    """Material's admonitions (`!!! note "Title"` and an indented body) as block quotes."""
    in_admonition = False
    for line in lines:
        line = HEADING_ATTRIBUTES.sub(r"\1", line)
        match = ADMONITION.match(line)
        if match:
            in_admonition = True
            yield f"> **{match.group(2) or match.group(1).capitalize()}**\n>\n"
        elif in_admonition and (line.startswith("    ") or not line.strip()):
            yield f"> {line[4:]}" if line.strip() else ">\n"
        else:
            in_admonition = False
            yield line
