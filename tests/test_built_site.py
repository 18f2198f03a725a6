"""The built site: it builds without a warning, its links resolve, its search finds each
error message, and each page offers its notebook."""

import html
import json
import re
import urllib.parse

import pytest

from tests.examples import DOCS, SNIPPETS, all_examples, pages_with_examples, relative
from tests.notebooks import notebook_name


def test_site_builds_without_warnings(built_site):
    assert (built_site / "index.html").is_file()


def search_index(site):
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


@pytest.mark.parametrize(
    "message",
    [
        "grad can be implicitly created only for scalar outputs",
        "Trying to backward through the graph a second time",
        "element 0 of tensors does not require grad and does not have a grad_fn",
        "The .grad attribute of a Tensor that is not a leaf Tensor is being accessed",
        "a leaf Variable that requires grad is being used in an in-place operation",
        "one of the variables needed for gradient computation has been modified by an inplace operation",
        "Only Tensors of floating point and complex dtype can require gradients",
        "'NoneType' object has no attribute 'zero_'",
    ],
)
def test_an_error_message_has_its_own_section_in_the_search_index(message, built_site):
    sections = [doc["location"] for doc in search_index(built_site) if message in html.unescape(doc["title"])]
    assert any(location.startswith("errors/#") for location in sections), (
        f"no section of errors.md is titled with {message!r}; sections with it in the title: {sections}"
    )


def test_no_two_search_entries_say_the_same(built_site):
    seen = {}
    for doc in search_index(built_site):
        text = doc["text"].strip()
        if len(text) > 80:  # short texts (a one-line answer, a link) may repeat
            assert text not in seen, f"{doc['location']} repeats {seen.get(text)} in the search index"
            seen[text] = doc["location"]


@pytest.mark.parametrize("page", pages_with_examples(), ids=relative)
def test_page_offers_its_notebook(page, built_site):
    notebook = notebook_name(page)
    assert (built_site / notebook).is_file(), f"{notebook} is missing from the built site"
    page_dir = "" if page.stem == "index" else page.relative_to(DOCS).with_suffix("").as_posix()
    built = (built_site / page_dir / "index.html").read_text(encoding="utf-8")
    assert f'{notebook.rsplit("/", 1)[-1]}"' in built and "Download as a notebook" in built, (
        f"{relative(page)} has no download link to {notebook}"
    )


def test_every_link_and_asset_of_the_built_site_resolves(built_site):
    """Relative href and src values point at files of the site (so it also works under a sub-path)."""
    broken = []
    # 404.html is served at any address, so mkdocs gives it absolute links, from site_url.
    for page in set(built_site.rglob("*.html")) - {built_site / "404.html"}:
        for target in re.findall(r'(?:href|src)="([^"#?]+)[^"]*"', page.read_text(encoding="utf-8")):
            if re.match(r"^[a-z][a-z0-9+.-]*:", target) or target.startswith("//"):
                continue  # another site, or mailto: and the like: third-party requests are checked in a browser
            if target.startswith("/"):
                broken.append(f"{page.relative_to(built_site)}: {target} is absolute, which breaks under a sub-path")
                continue
            resolved = (page.parent / urllib.parse.unquote(target)).resolve()
            if not (resolved.is_file() or (resolved / "index.html").is_file()):
                broken.append(f"{page.relative_to(built_site)}: {target}")
    if broken:
        pytest.fail("links to nothing in the built site:\n" + "\n".join(sorted(set(broken))), pytrace=False)


def test_every_picture_is_drawn_under_its_output(built_site):
    """Each output fence with .graph or .plot has its SVG in the built page, with one box per graph node."""
    for example in all_examples():
        for kind in set(example.output_classes) & {"graph", "plot"}:
            page_dir = example.page.relative_to(DOCS).with_suffix("").as_posix()
            built = (built_site / page_dir / "index.html").read_text(encoding="utf-8")
            svgs = re.findall(rf'<svg class="{"autograd-graph" if kind == "graph" else "plot"}".*?</svg>', built)
            assert svgs, f"{example.where}: no {kind} drawn in the built page"
            if kind == "graph":
                nodes = {line.strip() for line in example.stated_output().splitlines() if line.strip()}
                drawn = {len(re.findall(r"<rect ", svg)) for svg in svgs}
                assert any(count >= len(nodes) for count in drawn), f"{example.where}: the graph lacks nodes"


def test_snippets_reach_the_site_only_through_the_pages(built_site):
    """No snippets/ folder is published, and no page shows an include line unexpanded."""
    assert not (built_site / SNIPPETS.name).exists()
    unexpanded = [
        str(page.relative_to(built_site))
        for page in built_site.rglob("*.html")
        if "--8&lt;--" in page.read_text(encoding="utf-8")
    ]
    assert not unexpanded, f"include lines left in {unexpanded}"


def scripts(built_site):
    """Each script element of the built site: (page, opening tag, inline code)."""
    for page in sorted(built_site.rglob("*.html")):
        for tag, code in re.findall(r"(<script\b[^>]*>)(.*?)</script>", page.read_text(encoding="utf-8"), re.DOTALL):
            yield page.relative_to(built_site), tag, code


def test_no_script_holds_up_the_first_paint(built_site):
    """Every script file is deferred (docs/overrides/main.html): the page is drawn before
    Material's script runs, which is most of what Lighthouse's first-paint time measured."""
    blocking = [
        f"{page}: {tag}"
        for page, tag, _ in scripts(built_site)
        if re.search(r"\ssrc=", tag) and not re.search(r"\s(defer|async)[\s>=]", tag)
    ]
    assert not blocking, "scripts that hold up the first paint:\n" + "\n".join(blocking)


def test_no_script_names_another_host(built_site):
    """The site's own scripts load nothing from elsewhere: a CDN is slow or blocked for many
    readers. (The browser tests see the requests made; this also sees the ones that a page
    would make only in some case, such as nbconvert's Mermaid loader, removed by the hooks.)"""
    named = [
        f"{page}: {url}" for page, _, code in scripts(built_site) for url in re.findall(r"https?://[^\s\"'`]+", code)
    ]
    assert not named, "scripts that name another host:\n" + "\n".join(named)
