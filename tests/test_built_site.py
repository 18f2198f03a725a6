"""The built site: it builds without a warning, its links resolve, its search finds each
error message, and each page offers its notebook."""

import html
import json
import re
import urllib.parse

import pytest

from autograd_docs.examples import SNIPPETS, pages_with_examples, read_page
from autograd_docs.notebooks import notebook_name
from autograd_docs.offline import ZIP as OFFLINE_ZIP
from autograd_docs.project import (
    DOCS,
    language_folder,
    language_of,
    languages,
    mkdocs_config,
    page_url,
    relative,
    site_pages,
    words,
)


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


def language_and_path(address: str) -> tuple[str, str]:
    """A site address split into its language and the page's path: "zh/grad/" -> ("zh", "grad/")."""
    language = next((other for other in languages()[1:] if address.startswith(language_folder(other))), languages()[0])
    return language, address.removeprefix(language_folder(language))


def test_every_page_has_its_language_and_its_switcher_leads_to_its_translations(built_site):
    """`lang` names the page's language; the language switcher leads to the same page in
    each language, by relative links (sub-path safe), with hreflang."""
    problems = []
    for address in site_pages():
        language, path = language_and_path(address)
        html_text = (built_site / address / "index.html").read_text(encoding="utf-8")
        if f'<html lang="{language}"' not in html_text:
            problems.append(f"/{address}: no <html lang=\"{language}\">")
        for other in languages():
            links = re.findall(rf'<a href="([^"]*)" hreflang="{other}" class="md-select__link">', html_text)
            resolved = [urllib.parse.urljoin(f"/site/{address}", link) for link in links]
            if resolved != [f"/site/{language_folder(other)}{path}"]:
                problems.append(f"/{address}: the switcher's {other} link leads to {resolved}")
    assert not problems, "\n".join(problems)


def test_the_sitemap_names_each_page_in_every_language(built_site):
    """Search engines learn each page's translations (hreflang) from the sitemap."""
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    site_url = mkdocs_config()["site_url"]
    entries = {
        loc.removeprefix(site_url): dict(re.findall(r'hreflang="([^"]+)" href="([^"]+)"', body))
        for loc, body in re.findall(r"<url>\s*<loc>([^<]+)</loc>(.*?)</url>", sitemap, re.DOTALL)
    }
    assert sorted(entries) == site_pages()
    for address, alternates in entries.items():
        _, path = language_and_path(address)
        expected = {other: f"{site_url}{language_folder(other)}{path}" for other in languages()}
        assert alternates == expected, f"/{address}: the sitemap's alternates are {alternates}"


@pytest.mark.parametrize("notebook", sorted((DOCS / "exercises").glob("*.ipynb")), ids=relative)
def test_an_exercise_has_the_same_heading_ids_in_every_language(notebook, built_site):
    """Its headings are drawn by nbconvert from each language's text: the build gives them the
    default language's ids (autograd_docs/hooks/exercise_notebooks.py), as the pages' headings have."""
    ids = {
        language: re.findall(r'<h[1-6] id="([^"]*)"', (built_site / page_url(notebook, language) / "index.html").read_text(encoding="utf-8"))
        for language in languages()
    }
    assert all(found == ids[languages()[0]] for found in ids.values()), f"{relative(notebook)}: heading ids {ids}"


def plain(fragment: str) -> str:
    """The text of an HTML fragment as a reader sees it, without the heading's ¶ link."""
    fragment = re.sub(r'<a class="(?:headerlink|anchor-link)"[^>]*>.*?</a>', "", fragment)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


def test_titles_and_tables_of_contents_say_what_the_headings_say(built_site):
    """Each entry of a page's table of contents reads as its heading (inline code included:
    an exercise's "What is x.grad?" once lost its `x.grad`), and an exercise's title, in the
    browser tab and in the nav, is its first heading."""
    problems = []
    for address in site_pages():
        page = (built_site / address / "index.html").read_text(encoding="utf-8")
        article = page.split('<article class="md-content__inner', 1)[1].split("</article>", 1)[0]
        headings = {
            heading_id: plain(inner)
            for _, heading_id, inner in re.findall(r'<h([1-6]) id="([^"]*)"[^>]*>(.*?)</h\1>', article, re.DOTALL)
            if "<math" not in inner  # a formula's toc label is written by hand ({ data-toc-label })
        }
        toc = page.split("md-nav--secondary", 1)[1].split("</nav>", 1)[0] if "md-nav--secondary" in page else ""
        for heading_id, label in re.findall(r'<a href="#([^"]*)" class="md-nav__link">\s*<span class="md-ellipsis">(.*?)</span>', toc, re.DOTALL):
            if heading_id in headings and plain(label) != headings[heading_id]:
                problems.append(f"/{address}: the contents say {plain(label)!r} for the heading {headings[heading_id]!r}")
        if "/exercises/" in f"/{address}" and not address.endswith("exercises/"):
            first = next(iter(headings.values()))
            title = plain(re.search(r"<title>(.*?)</title>", page, re.DOTALL).group(1)).rsplit(" - ", 1)[0]
            active = re.search(r'<a href="./" class="md-nav__link md-nav__link--active">\s*<span class="md-ellipsis">(.*?)</span>', page, re.DOTALL)
            if title != first or plain(active.group(1)) != first:
                problems.append(f"/{address}: title {title!r} and nav label {plain(active.group(1))!r}, first heading {first!r}")
    assert not problems, "\n".join(problems)


def search_index(site, language):
    """A language's search index (autograd_docs/hooks/search_by_language.py), its titles and
    texts without the zero-width spaces that separate the words of Chinese text."""
    path = site / language_folder(language) / "search" / "search_index.json"
    docs = json.loads(path.read_text(encoding="utf-8"))["docs"]
    return [{**doc, "title": doc["title"].replace("\u200b", ""), "text": doc["text"].replace("\u200b", "")} for doc in docs]


def test_each_language_searches_only_its_own_pages(built_site):
    for language in languages():
        others = tuple(language_folder(other) for other in languages() if other != language and language_folder(other))
        locations = [doc["location"] for doc in search_index(built_site, language)]
        strays = [location for location in locations if location.startswith(others)]
        assert locations and not strays, f"the {language} search index holds other languages' pages: {strays[:5]}"


def test_the_search_run_end_is_in_no_page(built_site):
    """docs/javascripts/chinese-search.js ends each run of Chinese characters of a query with
    a character that must be in no page, so that it is never a word of the index."""
    script = (built_site / "javascripts" / "chinese-search.js").read_text(encoding="utf-8")
    end = re.search(r'SEARCH_RUN_END = "\\u([0-9a-f]{4})"', script).group(1)
    for language in languages():
        assert chr(int(end, 16)) not in json.dumps(search_index(built_site, language), ensure_ascii=False)


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
        "appears to not have been used in the graph",
        "can't retain_grad on Tensor that has requires_grad=False",
        "Can't call numpy() on Tensor that requires grad",
        "Inference tensors cannot be saved for backward",
        "derivative for aten::floor_divide is not implemented",
        "returned an incorrect number of gradients",
    ],
)
@pytest.mark.parametrize("language", languages())
def test_an_error_message_has_its_own_section_in_the_search_index(message, language, built_site):
    sections = [doc["location"] for doc in search_index(built_site, language) if message in html.unescape(doc["title"])]
    assert any(location.startswith("errors/#") for location in sections), (
        f"no section of the {language} errors page is titled with {message!r}; sections with it in the title: {sections}"
    )


@pytest.mark.parametrize("language", languages())
def test_no_two_search_entries_say_the_same(built_site, language):
    seen = {}
    for doc in search_index(built_site, language):
        text = doc["text"].strip()
        if len(text) > 80:  # short texts (a one-line answer, a link) may repeat
            assert text not in seen, f"{doc['location']} repeats {seen.get(text)} in the search index"
            seen[text] = doc["location"]


@pytest.mark.parametrize("page", pages_with_examples(), ids=relative)
def test_page_offers_its_notebook(page, built_site):
    """Under the page's title, a button that downloads the page as a notebook (the links
    test checks where its address leads)."""
    language = language_of(page)
    notebook = language_folder(language) + notebook_name(page)
    assert (built_site / notebook).is_file(), f"{notebook} is missing from the built site"
    built = built_page(built_site, page)
    name = re.escape(notebook.rsplit("/", 1)[-1])
    button = rf'<a class="md-button" download="{name}" href="[^"]*/{name}">{re.escape(words(language)["download_notebook"])}</a>'
    assert re.search(rf"</h1>\s*<p>{button}</p>", built), f"{relative(page)}: no button under the title downloads {notebook}"


@pytest.mark.parametrize("language", languages())
@pytest.mark.parametrize("notebook", sorted((DOCS / "exercises").glob("*.ipynb")), ids=relative)
def test_exercise_offers_its_notebook_in_its_language(notebook, language, built_site):
    """Under the exercise's title, a button that downloads the notebook beside the page, which
    is the Chinese one on the Chinese page (its text cells translated: not the English file)."""
    folder = built_site / page_url(notebook, language)
    built = (folder / "index.html").read_text(encoding="utf-8")
    button = f'<a class="md-button" download="{notebook.name}" href="{notebook.name}">{words(language)["download_notebook"]}</a>'
    assert re.search(rf"</h1>\s*<p>{re.escape(button)}</p>", built), f"/{page_url(notebook, language)}: no download button under the title"
    served = json.loads((folder / notebook.name).read_text(encoding="utf-8"))["cells"]
    english = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    same_text = [cell["source"] for cell in served] == [cell["source"] for cell in english]
    assert same_text == (language == languages()[0]), f"/{page_url(notebook, language)}{notebook.name} is not the {language} notebook"


def test_every_link_and_asset_of_the_built_site_resolves(built_site):
    """Relative href and src values point at files of the site (so it also works under a sub-path)."""
    broken = []
    # 404.html is served at any address, so mkdocs gives it absolute links, from site_url.
    for page in {page for page in built_site.rglob("*.html") if page.name != "404.html"}:
        for target in re.findall(r'(?:href|src)="([^"#?]+)[^"]*"', page.read_text(encoding="utf-8")):
            if re.match(r"^[a-z][a-z0-9+.-]*:", target) or target.startswith("//"):
                continue  # another site, or mailto: and the like: third-party requests are checked in a browser
            if target.startswith("/"):
                broken.append(f"{page.relative_to(built_site)}: {target} is absolute, which breaks under a sub-path")
                continue
            resolved = (page.parent / urllib.parse.unquote(target)).resolve()
            if resolved == built_site.resolve() / OFFLINE_ZIP:
                continue  # the offline copy: `make offline` puts it there after the build
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


LATEX_LEFT = re.compile(r"\$[^$\n]+\$|\\\(|\\\[")
NOT_TEXT = re.compile(r"<(pre|code|script|style)\b.*?</\1>", re.DOTALL)


def test_every_formula_is_drawn_as_mathml(built_site):
    """No $...$ (or arithmatex's \\( \\[) is left in the text of a page or of an exercise
    notebook's text cells: autograd_docs/hooks/mathml.py writes each as MathML."""
    left = []
    for address in site_pages():
        text = NOT_TEXT.sub("", (built_site / address / "index.html").read_text(encoding="utf-8"))
        left += [f"/{address}: {found}" for found in LATEX_LEFT.findall(text)]
    assert not left, "formulas left as LaTeX:\n" + "\n".join(left)
