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
"""

from pathlib import Path

from bs4 import BeautifulSoup
from mkdocs.plugins import event_priority

from autograd_docs.notebooks import SOLUTION_TAG, with_solutions_collapsed

TAGGED = f"celltag_{SOLUTION_TAG}"  # nbconvert's class for a cell with the tag


def is_exercise(page) -> bool:
    return page.file.src_uri.startswith("exercises/") and page.file.src_uri.endswith(".ipynb")


def on_page_content(content, page, config, files):
    if not is_exercise(page):
        return content
    # nbconvert itself writes the page with BeautifulSoup's html.parser: reading and writing it
    # again changes nothing but the solutions.
    soup = BeautifulSoup(content, "html.parser")
    for notebook in soup.select("div.jp-Notebook"):
        for cell in notebook.find_all("div", class_="jp-Cell", recursive=False):
            # A code cell carries the class itself; a text cell, on the div of its text.
            if TAGGED not in cell.get("class", []) and not cell.find(class_=TAGGED):
                continue
            details = cell.find_previous_sibling()
            if details is None or details.name != "details":  # the first cell of a solution
                # Material's collapsible block, of its type "success" (a check mark).
                details = soup.new_tag("details", attrs={"class": "solution success", "data-search-exclude": ""})
                summary = soup.new_tag("summary")
                summary.string = config.extra["words"]["solution"]
                details.append(summary)
                cell.insert_before(details)
            details.append(cell)
    # mkdocs-jupyter shows a cell's tags above its code; "solution" is what the summary says.
    for chip in soup.select(".celltoolbar .cell-tag"):
        if chip.get_text(strip=True) == SOLUTION_TAG:
            toolbar = chip.find_parent(class_="celltoolbar")
            chip.find_parent(class_="button_container").decompose()
            if not toolbar.find(class_="cell-tag"):
                toolbar.decompose()
    return str(soup)


@event_priority(-50)  # after mkdocs-jupyter (0) has copied the notebook beside its page
def on_post_page(output, page, config):
    if is_exercise(page):
        served = Path(page.file.abs_dest_path).parent / Path(page.file.abs_src_path).name
        served.write_text(with_solutions_collapsed(served.read_text(encoding="utf-8")), encoding="utf-8")
    return output
