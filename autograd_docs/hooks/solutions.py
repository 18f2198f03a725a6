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
<div class="jp-Notebook">. Python's HTML parser finds them (comments, scripts and attribute
values are not markup to it), and the page's text is cut at their places: reading the page
into a BeautifulSoup tree and writing it out again took four times as long
(tests/test_solutions.py checks every page).
"""

import html
import re
from html.parser import HTMLParser
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


class _Cells(HTMLParser):
    """Each cell of a notebook page: where its div starts and ends in the page's text, and
    whether it, or an element in it, has the solution tag's class."""

    def __init__(self, content: str):
        super().__init__(convert_charrefs=False)
        self.content = content
        self.line_starts = [0] + [match.end() for match in re.finditer("\n", content)]
        self.cells: list[list] = []  # [start, end, is a solution]
        self.depth = 0  # of divs, counted from the jp-Notebook div (1); 0 outside it
        self.feed(content)
        self.close()
        if not self.cells or self.cells[-1][1] is None:
            raise ValueError("no cells in a <div class=\"jp-Notebook\"> that ends (has mkdocs-jupyter's template changed?)")

    def position(self) -> int:
        """Where the tag being read starts, in the page's text."""
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if self.depth >= 2 and TAGGED in classes:
            self.cells[-1][2] = True
        if tag != "div" or not (self.depth or "jp-Notebook" in classes):
            return
        self.depth += 1
        if self.depth == 2:
            self.cells.append([self.position(), None, TAGGED in classes])

    def handle_endtag(self, tag):
        if tag != "div" or not self.depth:
            return
        self.depth -= 1
        if self.depth == 1:
            self.cells[-1][1] = self.content.index(">", self.position()) + 1


def on_page_content(content, page, config, files):
    if not is_exercise(page):
        return content
    # Material's collapsible block, of its type "success" (a check mark).
    opening = f'<details class="solution success" data-search-exclude=""><summary>{html.escape(config.extra["words"]["solution"])}</summary>'
    try:
        cells = _Cells(content).cells
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
