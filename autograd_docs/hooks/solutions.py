"""Exercise solutions hidden until the reader asks for them.

A solution is the cells an exercise notebook tags `solution`: the text that answers, then
the code that checks it. On the page, nbconvert gives a tagged cell the class
celltag_solution, and each run of such cells goes into a closed <details> whose summary is
the word for "Solution" in the page's language (extra.words.solution), and which the
search index leaves out (data-search-exclude), so that a search does not show the answer.

In the notebook a reader downloads, the same cells are collapsed, as far as Jupyter goes
(autograd_docs/notebooks.py: with_solutions_collapsed). That is done to the copies the site
serves, not to docs/exercises/*.ipynb: the tag stays the one mark to keep right, whoever
edits a notebook in Jupyter sees the solutions they edit, and a notebook saved with a
solution opened cannot leave it open for readers.

The page is mkdocs-jupyter's template output, so its shape is known: the cells are the
divs right inside <div class="jp-Notebook">, and only markup makes a div (the text of
code and outputs is escaped). Finding them by their tags takes a millisecond a page; reading
the page into a BeautifulSoup tree took fifty (tests/test_solutions.py checks every page).
"""

import html
import re
from pathlib import Path

from mkdocs.plugins import event_priority

from autograd_docs.notebooks import SOLUTION_TAG, with_solutions_collapsed

NOTEBOOK = '<div class="jp-Notebook"'
DIV = re.compile(r"<div\b|</div>")
# nbconvert's class for a cell with the tag: a code cell carries it, a text cell on the div of its text.
TAGGED = re.compile(rf'class="(?:[^"]*\s)?celltag_{SOLUTION_TAG}[\s"]')
# mkdocs-jupyter shows a cell's tags above its code, one chip each; "solution" is what the summary says.
SOLUTION_CHIP = re.compile(
    rf'<div class="button_container tags_button_container">\s*<span class="tag-container">\s*'
    rf'<span class="cell-tag">{SOLUTION_TAG}</span>\s*</span>\s*</div>'
)
EMPTY_TOOLBAR = re.compile(r'<div class="celltoolbar">\s*</div>')


def is_exercise(page) -> bool:
    return page.file.src_uri.startswith("exercises/") and page.file.src_uri.endswith(".ipynb")


def cells(content: str) -> list[tuple[int, int]]:
    """Where each cell of the notebook starts and ends in the page: the divs one level inside
    the jp-Notebook div."""
    notebook = content.find(NOTEBOOK)
    if notebook < 0:
        raise ValueError(f"no {NOTEBOOK}> in mkdocs-jupyter's page (has its template changed?)")
    spans, depth, start = [], 0, 0
    for tag in DIV.finditer(content, notebook):
        if tag.group() == "<div":
            depth += 1
            if depth == 2:
                start = tag.start()
        else:
            depth -= 1
            if depth == 1:
                spans.append((start, tag.end()))
            elif depth == 0:
                return spans
    raise ValueError("the jp-Notebook div does not end")


def on_page_content(content, page, config, files):
    if not is_exercise(page):
        return content
    # Material's collapsible block, of its type "success" (a check mark).
    opening = f'<details class="solution success" data-search-exclude=""><summary>{html.escape(config.extra["words"]["solution"])}</summary>'
    try:
        spans = cells(content)
    except ValueError as error:
        raise ValueError(f"{page.file.src_uri}: {error}") from None
    pieces, last, in_solution = [], 0, False
    for start, end in spans:
        solution = TAGGED.search(content, start, end) is not None
        if solution and not in_solution:  # the first cell of a solution
            pieces += [content[last:start], opening]
            last = start
        elif in_solution and not solution:  # the cell after a solution's last
            pieces.append("</details>")
        if solution:
            pieces.append(content[last:end])
            last = end
        in_solution = solution
    pieces.append(("</details>" if in_solution else "") + content[last:])
    return EMPTY_TOOLBAR.sub("", SOLUTION_CHIP.sub("", "".join(pieces)))


@event_priority(-50)  # after mkdocs-jupyter (0) has copied the notebook beside its page
def on_post_page(output, page, config):
    if is_exercise(page):
        served = Path(page.file.abs_dest_path).parent / Path(page.file.abs_src_path).name
        served.write_text(with_solutions_collapsed(served.read_text(encoding="utf-8")), encoding="utf-8")
    return output
