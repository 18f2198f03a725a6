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

The page is mkdocs-jupyter's template output: the cells are the divs right inside
<div class="jp-Notebook">. One regular expression reads the page's tags, stepping over
comments, CDATA sections, scripts and styles (a "<div" in them is no tag) and over quoted
attribute values (which may hold a ">"); the cells are found by the div tags, and the
page's text is cut at their places. Python's HTML parser took 10 ms a page, this 2 ms; a
BeautifulSoup tree, read and written out again, four times as long as the parser
(tests/test_solutions.py checks every page).
"""

import html
import re
from pathlib import Path

from mkdocs.plugins import event_priority

from autograd_docs.notebooks import SOLUTION_TAG, with_solutions_collapsed

TAGGED = f"celltag_{SOLUTION_TAG}"  # nbconvert's class for a cell with the tag (a text cell's is on an inner div)
# mkdocs-jupyter shows a cell's tags above its code, one chip each; "solution" is what the summary says.
SOLUTION_CHIP = re.compile(
    rf'<div class="button_container tags_button_container">\s*<span class="tag-container">\s*'
    rf'<span class="cell-tag">{SOLUTION_TAG}</span>\s*</span>\s*</div>'
)
EMPTY_TOOLBAR = re.compile(r'<div class="celltoolbar">\s*</div>')


def is_exercise(page) -> bool:
    return page.file.src_uri.startswith("exercises/") and page.file.src_uri.endswith(".ipynb")


# A start or end tag (group "div" set for a div's), its quoted attribute values read whole; or a
# comment, CDATA section (an SVG output may hold one), script or style, stepped over whole
# (each read a run of characters other than "<" at a time: a page's style is 570 KB).
TAG = re.compile(
    r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<(script|style)\b[^<]*(?:<(?!/\1)[^<]*)*</\1\s*>"
    r"""|<(?P<end>/?)(?:(?P<div>div\b)|[a-z])(?P<attributes>(?:[^>"']|"[^"]*"|'[^']*')*)>""",
    re.DOTALL | re.IGNORECASE,
)
# An attribute of a tag: its name, and its value, quoted or not (a value may hold class="...").
ATTRIBUTE = re.compile(r"""([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")


def _cells(content: str) -> list[list]:
    """Each cell of a notebook page: where its div starts and ends in the page's text, and
    whether it, or an element in it, has the solution tag's class."""
    cells: list[list] = []  # [start, end, is a solution]
    depth = 0  # of divs, counted from the jp-Notebook div (1); 0 outside it
    for tag in TAG.finditer(content):
        if tag["attributes"] is None:  # a comment, CDATA section, script or style
            continue
        if tag["end"]:
            if tag["div"] and depth:
                depth -= 1
                if depth == 1:
                    cells[-1][1] = tag.end()
            continue
        if not tag["div"] and not (depth >= 2 and TAGGED in tag["attributes"]):
            continue  # its classes can tell nothing
        classes = next(("".join(values).split() for name, *values in ATTRIBUTE.findall(tag["attributes"]) if name.lower() == "class"), [])
        if depth >= 2 and TAGGED in classes:
            cells[-1][2] = True
        if tag["div"] and (depth or "jp-Notebook" in classes):
            depth += 1
            if depth == 2:
                cells.append([tag.start(), None, TAGGED in classes])
    if not cells or cells[-1][1] is None:
        raise ValueError('no cells in a <div class="jp-Notebook"> that ends (has mkdocs-jupyter\'s template changed?)')
    return cells


def on_page_content(content, page, config, files):
    if not is_exercise(page):
        return content
    # Material's collapsible block, of its type "success" (a check mark).
    opening = f'<details class="solution success" data-search-exclude=""><summary>{html.escape(config.extra["words"]["solution"])}</summary>'
    try:
        cells = _cells(content)
    except ValueError as error:
        raise ValueError(f"{page.file.src_uri}: {error}") from None
    pieces, last, in_solution = [], 0, False
    for start, end, solution in cells:
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
