"""What each page says about itself: at its end, which torch printed its outputs and when it
last changed; its edit link; and under each example, a link to report a problem with it."""

from __future__ import annotations

import html
import re
import subprocess
import urllib.parse
from pathlib import Path

import pytest

from autograd_docs.examples import SNIPPETS, VERSION_OUTPUT, read_page, release
from autograd_docs.history import commit_dates
from autograd_docs.project import DOCS, ROOT, language_of, languages, markdown_pages, mkdocs_config, page_url, relative, words

EXERCISES = sorted((DOCS / "exercises").glob("*.ipynb"))
# Every page: (its source in docs/, its language)
PAGES = [(page, language_of(page)) for page in markdown_pages()] + [
    (notebook, language) for notebook in EXERCISES for language in languages()
]
INCLUDE = re.compile(r'^--8<-- "([^"]+)"$', re.MULTILINE)
FACTS = re.compile(r'<aside class="md-source-file page-facts">(.*?)</aside>', re.DOTALL)


def page_id(page_and_language) -> str:
    page, language = page_and_language
    return f"{relative(page)}[{language}]" if page.suffix == ".ipynb" else relative(page)


def built(site: Path, page: Path, language: str) -> str:
    return (site / page_url(page, language) / "index.html").read_text(encoding="utf-8")


def text_of(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def files_of(page: Path, language: str) -> list[Path]:
    """What a page is made of, read here from the files themselves (not from autograd_docs/history.py)."""
    if page.suffix == ".ipynb":
        return [page] + ([page.with_name(f"{page.stem}.{language}.md")] if language != languages()[0] else [])
    return [page] + [SNIPPETS / include for include in INCLUDE.findall(page.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("page_and_language", PAGES, ids=page_id)
def test_a_page_ends_with_the_torch_that_printed_it_and_when_it_last_changed(page_and_language, built_site):
    page, language = page_and_language
    facts = FACTS.search(built(built_site, page, language))
    assert facts, f"{page_id(page_and_language)}: no facts at the page's end"
    said = text_of(facts.group(1))
    shows_outputs = page.suffix == ".ipynb" or bool(read_page(page))
    printed_by = words(language)["printed_by"].replace("{release}", release(VERSION_OUTPUT.read_text(encoding="utf-8")))
    assert (printed_by in said) == shows_outputs, f"{page_id(page_and_language)} says {said!r}"
    last = subprocess.run(
        ["git", "log", "-1", "--format=%cs", "--", *map(str, files_of(page, language))],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.strip()
    assert f"{words(language)['last_changed']} {last}" in said, f"{page_id(page_and_language)} says {said!r}, git says {last}"


def test_without_the_full_history_no_date_is_made_up(tmp_path):
    """Where git cannot say when a file changed (no repository, or a shallow clone whose one
    commit would date every file), the pages show no date."""
    assert commit_dates(ROOT)[DOCS / "index.md"]
    assert commit_dates(tmp_path) is None
    shallow = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{ROOT}", str(shallow)], check=True)
    assert commit_dates(shallow) is None


@pytest.mark.parametrize("page_and_language", PAGES, ids=page_id)
def test_the_edit_link_opens_the_file_the_page_is_written_in(page_and_language, built_site):
    page, language = page_and_language
    links = re.findall(r'<a href="([^"]*)" title="[^"]*" class="md-content__button md-icon"', built(built_site, page, language))
    source = files_of(page, language)[-1] if page.suffix == ".ipynb" else page
    config = mkdocs_config()
    assert links == [f"{config['repo_url'].rstrip('/')}/{config['edit_uri']}{source.relative_to(DOCS).as_posix()}"]


EXAMPLE_OUTPUT_THEN_REPORT = re.compile(
    r'<div class="(?:[^"]* )?output(?: [^"]*)?"><span class="filename">.*?</code></pre></div>\s*'
    r'(?:<figure class="picture">.*?</figure>\s*)?'
    r'<p class="report-problem" data-search-exclude>\s*<a href="([^"]*)">(.*?)</a>\s*</p>',
    re.DOTALL,
)


@pytest.mark.parametrize("page", [page for page in markdown_pages() if read_page(page)], ids=relative)
def test_under_each_example_a_link_reports_a_problem_with_it(page, built_site):
    """Right under each example's output (and its picture), a link opens a new issue in
    the repository naming the snippet, the page and the torch release of its output."""
    language = language_of(page)
    found = EXAMPLE_OUTPUT_THEN_REPORT.findall(built(built_site, page, language))
    examples = read_page(page)
    assert len(found) == len(examples), f"{relative(page)}: {len(examples)} examples, {len(found)} report links under outputs"
    recorded = release(VERSION_OUTPUT.read_text(encoding="utf-8"))
    for example, (href, text) in zip(examples, found):
        address = urllib.parse.urlsplit(html.unescape(href))
        fields = urllib.parse.parse_qs(address.query)
        assert f"{address.scheme}://{address.netloc}{address.path}" == f"{mkdocs_config()['repo_url'].rstrip('/')}/issues/new"
        assert example.snippet.name in text_of(text), f"{example.where}: the link's text does not name {example.snippet.name}"
        body = fields["body"][0]
        assert relative(example.snippet) in body and f"torch {recorded}" in body and page_url(page) in body, (
            f"{example.where}: the report link's issue does not name the snippet, the page and torch {recorded}: {body!r}"
        )
