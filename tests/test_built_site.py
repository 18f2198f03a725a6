"""The built site: it builds without a warning, its links resolve, its search finds each
error message, and each page offers its notebook."""

import html
import json
import re
import urllib.parse

import pytest

from autograd_docs.examples import SNIPPETS, pages_with_examples, read_page
from autograd_docs.notebooks import notebook_name
from autograd_docs.project import page_url, relative, site_pages


def built_page(site, page) -> str:
    """The HTML that the build made of a page of docs/."""
    return (site / page_url(page) / "index.html").read_text(encoding="utf-8")


def test_site_builds_without_warnings(built_site):
    assert (built_site / "index.html").is_file()


def test_the_built_pages_are_the_pages_of_docs(built_site):
    """The browser tests visit site_pages(), derived from docs/: it must name every built page."""
    built = sorted(
        "" if folder == "." else f"{folder}/"
        for folder in (index.parent.relative_to(built_site).as_posix() for index in built_site.rglob("index.html"))
    )
    assert built == site_pages()


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
    built = built_page(built_site, page)
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


# An output fence that asks for a picture, and what follows it in the built page.
OUTPUT_AND_NEXT = re.compile(
    r'<div class="[^"]*\b(graph|plot)\b[^"]*highlight">.*?</pre></div>\s*(<figure class="picture">.*?</figure>)?',
    re.DOTALL,
)


@pytest.mark.parametrize("page", pages_with_examples(), ids=relative)
def test_every_picture_sits_right_under_its_output(page, built_site):
    """Each output fence with .graph or .plot is followed by its picture (one box per node
    of a graph), in the order of the page's examples, and no picture stands elsewhere."""
    asked = [
        (example, kind) for example in read_page(page) for kind in example.output_classes if kind in ("graph", "plot")
    ]
    built = built_page(built_site, page)
    found = OUTPUT_AND_NEXT.findall(built)
    assert [kind for kind, _ in found] == [kind for _, kind in asked], f"{relative(page)}: output fences differ"
    for (example, kind), (_, figure) in zip(asked, found):
        svg_class = "autograd-graph" if kind == "graph" else "plot"
        assert f'<svg class="{svg_class}"' in figure, f"{example.where}: no {kind} drawn right under its output"
        if kind == "graph":
            nodes = {line.strip() for line in example.stated_output().splitlines() if line.strip()}
            assert figure.count("<rect ") >= len(nodes), f"{example.where}: the graph lacks nodes"
    assert built.count('<figure class="picture">') == len(asked), f"{relative(page)}: a picture stands apart from its output"


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
