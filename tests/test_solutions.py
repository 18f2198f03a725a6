"""An exercise's solution stays hidden until the reader asks for it
(autograd_docs/hooks/solutions.py).

- In docs/exercises/*.ipynb, every exercise (a `## ` section) has a solution, and its cells
  are tagged `solution`: from the text cell that starts with the word for "Solution" (in
  every language) to the next heading. No other cell is tagged.
- On every built exercise page, in every language, the solution cells sit in closed
  <details>, summarised by the word for "Solution" in the page's language, and no solution
  text stands outside one.
- The notebooks the site serves collapse exactly the solution cells.
- In a browser, a solution shows only once its summary is clicked.

tests/test_notebooks.py runs every cell, the solutions' included.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from autograd_docs.browser import axe_violations, load
from autograd_docs.notebooks import is_solution, translated_cells, translation_of
from autograd_docs.project import DOCS, languages, page_url, relative, words

EXERCISES = sorted((DOCS / "exercises").glob("*.ipynb"))
PAGES = [(notebook, language) for notebook in EXERCISES for language in languages()]


def cells_of(notebook: Path) -> list[dict]:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return [{**cell, "source": "".join(cell["source"])} for cell in cells]


def starts_solution(text: str, language: str) -> bool:
    """A text cell that answers: it starts with the word for "Solution" in bold (**Solution.**)."""
    return text.startswith(f"**{words(language)['solution']}")


def hides_its_answer(text: str, language: str) -> bool:
    """The bold word is the cell's whole first line: JupyterLab shows a collapsed cell's first
    line (a soft line break, it reads the same on the page)."""
    return re.fullmatch(rf"\*\*{re.escape(words(language)['solution'])}\W?\*\*", text.split("\n", 1)[0]) is not None


def exercises(cells: list[dict]) -> list[tuple[str, list[dict]]]:
    """Each exercise of a notebook: its heading's line, and its cells from the heading (a text
    cell starting `## `) to the next one."""
    headings = [index for index, cell in enumerate(cells) if cell["cell_type"] == "markdown" and cell["source"].startswith("## ")]
    return [(cells[start]["source"].splitlines()[0], cells[start:end]) for start, end in zip(headings, [*headings[1:], len(cells)])]


@pytest.mark.parametrize("notebook", EXERCISES, ids=relative)
def test_every_exercise_has_its_solution_tagged(notebook):
    """The build finds a solution by its tag; this test reads the text, so that a solution
    written without its tag (or a tag on the wrong cell) fails here."""
    cells = cells_of(notebook)
    translations = {language: translated_cells(translation_of(notebook, language)) for language in languages()[1:]}
    sections = exercises(cells)
    assert sections, f"{relative(notebook)} has no exercise (a text cell starting `## `)"
    in_sections = {cell["id"] for _, section in sections for cell in section}
    problems = [f"cell {cell['id']} is tagged but belongs to no exercise" for cell in cells if is_solution(cell) and cell["id"] not in in_sections]
    for exercise, section in sections:
        answer = next((index for index, cell in enumerate(section) if starts_solution(cell["source"], languages()[0])), None)
        if answer is None:
            problems.append(f"{exercise!r} has no solution (a text cell starting **{words(languages()[0])['solution']}.**)")
            continue
        for index, cell in enumerate(section):
            if is_solution(cell) != (index >= answer):
                problems.append(f"{exercise!r}: cell {cell['id']} is {'' if is_solution(cell) else 'not '}tagged `solution`")
        for language, text in [(languages()[0], section[answer]["source"])] + [(language, texts.get(section[answer]["id"], "")) for language, texts in translations.items()]:
            if not hides_its_answer(text, language):
                problems.append(
                    f"{exercise!r}: the first line of the {language} text of cell {section[answer]['id']} must be the bold "
                    f"{words(language)['solution']} alone, as JupyterLab shows a collapsed cell's first line; it is {text.splitlines()[0][:40]!r}"
                )
    assert not problems, f"{relative(notebook)} (a solution: the cells from **Solution.** to the next heading):\n" + "\n".join(problems)


def plain(element) -> str:
    return " ".join(element.get_text(" ").split())


@pytest.mark.parametrize(("notebook", "language"), PAGES, ids=[f"{relative(n)}:{language}" for n, language in PAGES])
def test_every_solution_is_in_a_closed_details(notebook, language, built_site):
    address = page_url(notebook, language)
    soup = BeautifulSoup((built_site / address / "index.html").read_text(encoding="utf-8"), "html.parser")
    article = soup.select_one("article")
    blocks = article.select("details")
    solutions = {cell["id"] for cell in cells_of(notebook) if is_solution(cell)}
    inside = {cell["id"].removeprefix("cell-id=") for block in blocks for cell in block.select('[id^="cell-id="]')}
    problems = [] if inside == solutions else [
        f"cells in a <details> {sorted(inside)}, but the cells tagged `solution` in {relative(notebook)} are {sorted(solutions)}"
    ]
    summary = words(language)["solution"]
    for number, block in enumerate(blocks, start=1):
        if block.has_attr("open"):
            problems.append(f"solution {number} is open before the reader asks")
        if not block.has_attr("data-search-exclude"):
            problems.append(f"solution {number} is in the search index (no data-search-exclude): a search would show it")
        if plain(block.summary) != summary:
            problems.append(f"solution {number}'s summary says {plain(block.summary)!r}, not {summary!r}")
    # What each solution says, in text and in code, is nowhere else on the page.
    said = [plain(part) for block in blocks for part in block.select(".jp-MarkdownOutput, .jp-InputArea-editor pre")]
    for block in blocks:
        block.decompose()
    outside = plain(article)
    problems += [f"solution text outside a <details>: {text[:60]!r}" for text in said if text in outside]
    tagged = article.select('[id^="cell-id="]:is(.celltag_solution, :has(.celltag_solution))')
    problems += [f"cell {cell['id'].removeprefix('cell-id=')}, tagged `solution`, outside a <details>" for cell in tagged]
    assert not problems, f"/{address}:\n" + "\n".join(problems)


# mkdocs-jupyter's shape of a page, cut down: a code cell's div sits in a wrapper div of the
# same classes, and a text cell carries the tag's class on an inner div. A text cell's raw
# HTML, an output's script and an SVG's CDATA may hold what looks like markup, and is not.
NOTEBOOK_PAGE = """<style>.jp-Cell {}</style><div class="jupyter-wrapper">
<div class="jp-Notebook" data-jp-theme-light="true">
<div class="jp-Cell jp-MarkdownCell" id="cell-id=question"><p title="</div>">Question</p><!-- <div class="celltag_solution"> -->
<abbr title='its class="celltag_solution"'>Q</abbr><svg><text><![CDATA[</div>]]></text></svg></div>
<div class="jp-Cell jp-MarkdownCell" id="cell-id=answer"><div class="jp-RenderedMarkdown celltag_solution"><p>Answer</p></div></div>
<div class="jp-Cell jp-CodeCell celltag_solution">
<div class="jp-Cell jp-CodeCell celltag_solution" id="cell-id=check"><div class="celltoolbar">
<div class="button_container tags_button_container"><span class="tag-container"><span class="cell-tag">solution</span></span></div>
</div><pre>print(&lt;div&gt;)</pre></div>
</div>
<div class="jp-Cell jp-MarkdownCell" id="cell-id=next"><p>Next</p><script>let html = "<div>";</script></div>
</div> <!-- jp-Notebook -->
</div>"""


def test_the_hook_wraps_each_run_of_solution_cells_whole():
    """autograd_docs/hooks/solutions.py finds the cells by their divs: a run of tagged cells
    (the wrapper of a code cell and all) goes into one <details>, the tag's chip goes, and a
    page not shaped as mkdocs-jupyter's fails naming the page."""
    from types import SimpleNamespace

    from autograd_docs.hooks import solutions

    page = SimpleNamespace(file=SimpleNamespace(src_uri="exercises/example.ipynb"))
    config = SimpleNamespace(extra={"words": {"solution": "Solution <&>"}})
    soup = BeautifulSoup(solutions.on_page_content(NOTEBOOK_PAGE, page, config, None), "html.parser")
    blocks = soup.select("details.solution")
    assert len(blocks) == 1 and plain(blocks[0].summary) == "Solution <&>"
    assert [cell["id"] for cell in blocks[0].select('[id^="cell-id="]')] == ["cell-id=answer", "cell-id=check"]
    assert [cell["id"] for cell in soup.select('.jp-Notebook > [id^="cell-id="]')] == ["cell-id=question", "cell-id=next"]
    assert not soup.select(".celltoolbar, .cell-tag")
    with pytest.raises(ValueError, match="exercises/example.ipynb: no cells in a <div class=\"jp-Notebook\">"):
        solutions.on_page_content("<p>An error page</p>", page, config, None)


@pytest.mark.parametrize(("notebook", "language"), PAGES, ids=[f"{relative(n)}:{language}" for n, language in PAGES])
def test_the_served_notebook_collapses_exactly_the_solutions(notebook, language, built_site):
    """The notebook a reader downloads (the translated one in another language) has its
    solutions collapsed in JupyterLab and Notebook 7, and nothing else."""
    served = built_site / page_url(notebook, language) / notebook.name
    cells = json.loads(served.read_text(encoding="utf-8"))["cells"]
    source = cells_of(notebook)
    assert [cell["id"] for cell in cells] == [cell["id"] for cell in source], f"{served.relative_to(built_site)}: its cells differ from {relative(notebook)}'s"
    wrong = []
    for cell, original in zip(cells, source):
        hidden = {"source_hidden": True, "outputs_hidden": True} if cell["cell_type"] == "code" else {"source_hidden": True}
        expected = hidden if is_solution(original) else {}
        if cell["metadata"].get("jupyter", {}) != expected:
            wrong.append(f"cell {cell['id']}: jupyter metadata {cell['metadata'].get('jupyter', {})}, expected {expected}")
    assert not wrong, f"{served.relative_to(built_site)}:\n" + "\n".join(wrong)


def test_a_solution_shows_once_its_summary_is_clicked(browser, site_address):
    """Each part of the first solution (text, code, output) is hidden, then shown on a click;
    the second opens from the keyboard; the others stay closed. Opened, the solutions pass
    axe in both schemes (tests/test_browser.py runs axe on every page, solutions closed)."""
    page, record = load(browser, site_address + page_url(EXERCISES[0], languages()[0]), color_scheme="light")
    page.add_style_tag(content="*, *::before, *::after { transition: none !important; }")  # colours at once
    solutions = page.locator("details.solution")
    parts = solutions.first.locator(".jp-MarkdownOutput, .jp-InputArea-editor pre, .jp-OutputArea-output")
    assert parts.count() >= 3
    shown = [index for index in range(parts.count()) if parts.nth(index).is_visible()]
    assert not shown, f"parts {shown} of the first solution show before its summary is clicked"
    solutions.first.locator("summary").click()
    assert all(parts.nth(index).is_visible() for index in range(parts.count())), "the first solution is still hidden after a click"
    solutions.nth(1).locator("summary").focus()
    page.keyboard.press("Enter")
    assert solutions.nth(1).locator(".jp-MarkdownOutput").is_visible(), "Enter on the second summary does not open it"
    assert solutions.evaluate_all("blocks => blocks.slice(2).every(block => !block.open)"), "opening two solutions opened others"
    solutions.evaluate_all("blocks => blocks.forEach(block => { block.open = true; })")
    # Their code's colours: tests/test_browser.py's check_code_colours.
    solutions_but_code = {"include": [["details.solution"]], "exclude": [[".highlight-ipynb pre"]]}
    violations = {"light": axe_violations(page, solutions_but_code)}
    page.emulate_media(color_scheme="dark")
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    violations["dark"] = axe_violations(page, solutions_but_code, {"runOnly": {"type": "rule", "values": ["color-contrast"]}})
    page.context.close()
    problems = [f"{scheme}: {violation}" for scheme, found in violations.items() for violation in found]
    assert not problems, "axe, with the solutions open:\n" + "\n".join(problems)
    assert not record["errors"], record["errors"]
