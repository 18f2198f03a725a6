"""The offline copy (autograd_docs/offline.py, `make offline`) as a reader gets it: the zip
unzipped, its pages opened from the file system (file://) in headless Chromium. Pages and
notebooks are all there, links name files (file:// opens no folder's index), nothing is
fetched from a host, the language switcher works, and search finds pages in each language.

The copy is built and zipped once per session (tests/conftest.py's offline_zip): a full build of the site.
"""

from __future__ import annotations

import json
import re
import urllib.parse
import zipfile
from pathlib import Path

import pytest

from autograd_docs.browser import first_search_result, load
from autograd_docs.examples import pages_with_examples
from autograd_docs.offline import NAME, ZIP
from autograd_docs.project import DOCS, language_folder, languages, mkdocs_config, page_url, relative


@pytest.fixture(scope="session")
def offline_copy(offline_zip, tmp_path_factory) -> Path:
    """The copy's folder, unzipped."""
    unzipped = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(offline_zip) as archive:
        archive.extractall(unzipped)
    return unzipped / NAME


def test_the_zip_holds_one_folder_named_like_it(offline_zip):
    assert offline_zip.name == ZIP
    with zipfile.ZipFile(offline_zip) as archive:
        tops = sorted({name.split("/", 1)[0] for name in archive.namelist()})
        assert tops == [NAME], f"{ZIP} holds {tops} at its top, not one folder {NAME}/"
        assert f"{NAME}/index.html" in archive.namelist(), f"{ZIP} has no {NAME}/index.html to open"


def page_file(offline_copy: Path, path: str) -> Path:
    """A page's file in the copy ("zh/grad.html"); fails, saying why, where there is none."""
    if not (offline_copy / path).is_file():
        pytest.fail(f"the copy has no {path}: are its pages files (Material's offline plugin, OFFLINE=true)?", pytrace=False)
    return offline_copy / path


def links(html_file: Path) -> list[str]:
    """The relative addresses a page links to or loads (href and src), without #fragments."""
    found = re.findall(r'(?:href|src)="([^"#]+)[^"]*"', html_file.read_text(encoding="utf-8"))
    return [link for link in found if not re.match(r"^[a-z][a-z0-9+.-]*:|^//", link)]


def test_every_link_of_the_copy_names_a_file_in_it(offline_copy):
    """From file://, a link to a folder opens a folder listing, not its index.html: each link
    and asset must name a file of the copy. (404.html is for a host, with site_url's links.)"""
    broken = [
        f"{page.relative_to(offline_copy)}: {link}"
        for page in sorted(offline_copy.rglob("*.html"))
        if page.name != "404.html"
        for link in links(page)
        if not (page.parent / urllib.parse.unquote(link)).is_file()
    ]
    assert not broken, "links to no file of the copy:\n" + "\n".join(broken)


@pytest.mark.parametrize("language", languages())
def test_each_language_searches_its_own_index_from_a_script(offline_copy, language):
    """A page from file:// loads its language's index from search/search_index.js (Material's
    offline plugin): it must hold that language's index as split by hooks/search_by_language.py."""
    folder = offline_copy / language_folder(language) / "search"
    script = folder / "search_index.js"
    assert script.is_file(), f"the copy has no {script.relative_to(offline_copy)}: its {language} pages cannot search"
    index = json.loads((folder / "search_index.json").read_text(encoding="utf-8"))
    same = json.loads(script.read_text(encoding="utf-8").removeprefix("var __index = ")) == index
    assert same, f"{script.relative_to(offline_copy)} is not the {language} search index of search_index.json"


@pytest.mark.parametrize("page", pages_with_examples(), ids=relative)
def test_each_page_offers_its_notebook_from_the_copy(offline_copy, page):
    html_file = page_file(offline_copy, page_url(page, directory_urls=False))
    buttons = re.findall(r'<a class="md-button" download="[^"]*" href="([^"]+\.ipynb)"', html_file.read_text(encoding="utf-8"))
    assert buttons, f"{html_file.relative_to(offline_copy)} has no notebook download link"
    notebook = (html_file.parent / buttons[0]).resolve()
    assert notebook.is_file(), f"{html_file.relative_to(offline_copy)} offers {buttons[0]}, which is not in the copy"
    assert json.loads(notebook.read_text(encoding="utf-8"))["cells"], f"{notebook.relative_to(offline_copy)} has no cells"


@pytest.mark.parametrize("notebook", sorted((DOCS / "exercises").glob("*.ipynb")), ids=relative)
def test_each_exercise_notebook_is_in_the_copy_in_each_language(offline_copy, notebook):
    """Beside each exercise's page, its notebook, in the page's language (the translated one)."""
    def cells(path: Path) -> list[str]:
        return ["".join(cell["source"]) for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]]

    english = cells(notebook)
    for language in languages():
        copied = page_file(offline_copy, page_url(notebook, language, directory_urls=False)).with_suffix(".ipynb")
        assert copied.is_file(), f"{copied.relative_to(offline_copy)} is not in the copy"
        same = cells(copied) == english  # (the served copy differs in its metadata: solutions collapsed)
        assert same == (language == languages()[0]), f"{copied.relative_to(offline_copy)} is not the {language} notebook"


@pytest.mark.parametrize("page", ["index.md", "about.md"])
@pytest.mark.parametrize("language", languages())
def test_the_home_and_about_pages_link_to_the_published_zip(offline_copy, page, language):
    """The copy holds no zip of itself: its link leads to the published one (hooks/offline_copy.py)."""
    html_file = page_file(offline_copy, page_url(DOCS / page, language, directory_urls=False))
    published = f'href="{mkdocs_config()["site_url"]}{ZIP}"'
    found = published in html_file.read_text(encoding="utf-8")
    assert found, f"{html_file.relative_to(offline_copy)} has no link {published}"


# In the browser: pages opened from the file system, as a reader opens the unzipped copy.


def open_page(browser, offline_copy: Path, path: str, settle: bool = False):
    return load(browser, page_file(offline_copy, path).as_uri(), settle=settle)


def test_the_home_page_loads_from_the_file_system_with_nothing_from_elsewhere(browser, offline_copy):
    """Every request is for a file of the copy; none fails; no script error (the search
    index and its worker load as the page does, through iframe-worker from file://)."""
    page, record = open_page(browser, offline_copy, "index.html", settle=True)
    search_ready = page.evaluate("() => typeof __index === 'object' && __index.docs.length")
    page.context.close()
    elsewhere = [request.url for request in record["requests"] if not request.url.startswith("file://")]
    problems = (
        [f"console error: {error}" for error in record["errors"]]
        + [f"failed: {failure}" for failure in record["failed"]]
        + [f"request to {url}" for url in elsewhere]
    )
    assert not problems, "index.html opened from the file system:\n" + "\n".join(problems)
    assert search_ready, "index.html opened from the file system loaded no search index (search/search_index.js)"


def test_a_nav_link_leads_to_its_page(browser, offline_copy):
    page, _ = open_page(browser, offline_copy, "index.html")
    nav = page.locator("nav.md-nav--primary")
    nav.locator("label.md-nav__link").filter(has_text="The basics").click()  # opens the section
    with page.expect_navigation():
        nav.get_by_role("link", name="What is x.grad?").click()
    url, titles = page.url, page.locator("article h1").all_text_contents()
    page.context.close()
    assert url == (offline_copy / "grad.html").as_uri(), f"the nav's 'What is x.grad?' led to {url}"
    assert titles and "x.grad" in titles[0], f"{url} shows the titles {titles}, not the page"


def test_the_language_switcher_leads_to_the_chinese_page(browser, offline_copy):
    page, _ = open_page(browser, offline_copy, "grad.html")
    page.locator(".md-header__option .md-select").hover()
    with page.expect_navigation():
        page.locator('a.md-select__link[hreflang="zh"]').click()
    url, language = page.url, page.locator("html").get_attribute("lang")
    page.context.close()
    assert url == (offline_copy / "zh" / "grad.html").as_uri() and language == "zh", (
        f"the language switcher on grad.html led to {url} (lang={language!r})"
    )


@pytest.mark.parametrize(
    ("start", "query", "found"),
    [("index.html", "zero_grad", r"^zeroing\.html#"), ("zh/index.html", "梯度清零", r"^zh/zeroing\.html#")],
)
def test_search_finds_a_page_of_its_language(browser, offline_copy, start, query, found):
    page, record = open_page(browser, offline_copy, start, settle=True)
    if record["failed"] or record["errors"]:
        page.context.close()
        pytest.fail(f"{start} cannot search: {record['failed'] + record['errors']}", pytrace=False)
    results = first_search_result(page, query)
    page.context.close()
    root = offline_copy.as_uri() + "/"
    sections = [re.sub(r"\?h=[^#]*", "", link.removeprefix(root)) for link in results if "#" in link]
    assert sections and re.search(found, sections[0]), f"searching {query!r} from {start}: the first result is {results}"
