"""Every page and exercise exists in every language, shows the same examples, and is written
in its language.

- A page (grad.md) has its translation beside it (grad.zh.md); an exercise notebook
  (exercises/grad.ipynb) has one text for each of its text cells (exercises/grad.zh.md).
- A translated page embeds the same snippets, in the same order, with the same pictures:
  the outputs it shows are the English page's, checked by the same tests.
- Its headings carry the English page's ids, so that links and anchors are the same.
- Its prose is not left in English (code, math, links and error messages aside).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from autograd_docs.examples import read_page
from autograd_docs.notebooks import CELL_MARKER, translated_cells, translation_of
from autograd_docs.project import DOCS, language_of, languages, markdown_pages, relative, untranslated

OTHER_LANGUAGES = languages()[1:]
PAGES = [page for page in markdown_pages() if language_of(page) == languages()[0]]
NOTEBOOKS = sorted((DOCS / "exercises").glob("*.ipynb"))
TRANSLATIONS = [(page, language) for page in PAGES for language in OTHER_LANGUAGES]


def translation(page: Path, language: str) -> Path:
    return page.with_name(f"{page.stem}.{language}.md")


def ids(pairs):
    return [f"{relative(page)}:{language}" for page, language in pairs]


@pytest.mark.parametrize(("page", "language"), TRANSLATIONS, ids=ids(TRANSLATIONS))
def test_page_has_its_translation(page, language):
    assert translation(page, language).is_file(), (
        f"{relative(page)} has no {language} translation: write {relative(translation(page, language))} (README: Adding a page)"
    )


def test_no_translation_without_its_page():
    orphans = [relative(path) for path in markdown_pages() if not untranslated(path).is_file()]
    assert not orphans, f"translations of no page (rename them after the page they translate): {orphans}"


def shown(page: Path) -> list[tuple[str, tuple[str, ...]]]:
    return [(example.include, example.output_classes) for example in read_page(page)]


@pytest.mark.parametrize(("page", "language"), TRANSLATIONS, ids=ids(TRANSLATIONS))
def test_translation_shows_the_same_examples(page, language):
    translated = translation(page, language)
    if not translated.is_file():
        pytest.skip("no translation yet (test_page_has_its_translation fails)")
    assert shown(translated) == shown(page), (
        f"{relative(translated)} must embed the snippets of {relative(page)}, in the same order and with the same "
        f"picture classes: {[include for include, _ in shown(page)]}"
    )


def heading_ids(page: Path) -> list[str]:
    import markdown
    from mkdocs.utils.meta import get_data

    md = markdown.Markdown(extensions=["toc", "attr_list", "pymdownx.superfences"])
    md.convert(get_data(page.read_text(encoding="utf-8"))[0])  # without the front matter

    def walk(tokens):
        for token in tokens:
            yield token["id"]
            yield from walk(token["children"])

    return list(walk(md.toc_tokens))


@pytest.mark.parametrize(("page", "language"), TRANSLATIONS, ids=ids(TRANSLATIONS))
def test_translation_keeps_the_heading_ids(page, language):
    translated = translation(page, language)
    if not translated.is_file():
        pytest.skip("no translation yet (test_page_has_its_translation fails)")
    assert heading_ids(translated) == heading_ids(page), (
        f"{relative(translated)}: give each heading the id of the English one, "
        "e.g. `## 为什么梯度会累加 { #backward-adds-into-grad }`"
    )


NOTEBOOK_TRANSLATIONS = [(notebook, language) for notebook in NOTEBOOKS for language in OTHER_LANGUAGES]


@pytest.mark.parametrize(("notebook", "language"), NOTEBOOK_TRANSLATIONS, ids=ids(NOTEBOOK_TRANSLATIONS))
def test_exercise_has_a_translation_of_each_text_cell(notebook, language):
    cells = [cell for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"] if cell["cell_type"] == "markdown"]
    path = translation_of(notebook, language)
    texts = translated_cells(path)
    missing = [cell["id"] for cell in cells if not texts.get(cell["id"])]
    unknown = sorted(set(texts) - {cell["id"] for cell in cells})
    assert not missing and not unknown, (
        f"{relative(path)}: text cells of {relative(notebook)} without a translation: {missing}; "
        f"translations of no cell: {unknown}. Each follows a line `<!-- cell ID -->`."
    )
    # Code that a text cell shows (the code of a question) is the same in every language.
    for cell in cells:
        english = CODE_BLOCK.findall("".join(cell["source"]))
        assert CODE_BLOCK.findall(texts[cell["id"]]) == english, (
            f"{relative(path)}, cell {cell['id']}: its code blocks differ from the notebook's; copy them unchanged"
        )


CODE_BLOCK = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)


# Prose in another language should be written in it: a paragraph with several English words
# and not one character of the language is one left untranslated. Code, math, link targets
# and headings (error messages are headings) do not count.
WRITTEN_IN = {"zh": re.compile(r"[\u4e00-\u9fff]")}
ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")
NOT_PROSE = re.compile(r"`[^`]*`|\$[^$]*\$|\]\([^)]*\)|<[^>]+>")


def untranslated_paragraphs(path: Path, language: str) -> list[str]:
    text = CELL_MARKER.sub("\n", path.read_text(encoding="utf-8"))
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    found = []
    for before, token in zip(tokens, tokens[1:]):
        if token.type != "inline" or before.type == "heading_open" or token.content.lstrip().startswith("$$"):
            continue
        prose = NOT_PROSE.sub("", token.content)
        if len(ENGLISH_WORD.findall(prose)) >= 6 and not WRITTEN_IN[language].search(prose):
            found.append(f"line {token.map[0] + 1 if token.map else '?'}: {token.content[:70]}")
    return found


WRITTEN = [
    (path, language_of(path)) for path in sorted(DOCS.rglob("*.md")) if language_of(path) in WRITTEN_IN
]  # pages and the translations of notebooks


@pytest.mark.parametrize(("path", "language"), WRITTEN, ids=ids(WRITTEN))
def test_translation_is_written_in_its_language(path, language):
    left = untranslated_paragraphs(path, language)
    assert not left, f"{relative(path)}: paragraphs left in English:\n" + "\n".join(left)
