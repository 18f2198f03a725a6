"""The site's name, as a reader meets it in a browser tab, a search result and the header:
"PyTorch gradients, explained", in Chinese "PyTorch 梯度详解" (site_name in mkdocs.yml, and
in the i18n plugin's entry of each other language). The repository's name, autograd-docs,
is for the people who build the site: a reader sees it only in the address it is served at."""

from __future__ import annotations

import html
import re

from autograd_docs.browser import SUB_PATH
from autograd_docs.project import language_folder, language_settings, languages, mkdocs_config, site_pages

REPOSITORY_NAME = SUB_PATH.strip("/")  # autograd-docs
TEXT_FILES = {".html", ".ipynb", ".json", ".xml", ".js", ".css", ".txt"}


def site_name(language: str) -> str | None:
    """The site's name in a language: mkdocs.yml's for the default one, the i18n plugin's
    language entry's for the others (None where it has none)."""
    if language == languages()[0]:
        return mkdocs_config()["site_name"]
    return language_settings(language).get("site_name")


def test_every_language_names_the_site_in_its_own_words():
    unnamed = [language for language in languages() if not site_name(language) or REPOSITORY_NAME in site_name(language)]
    assert not unnamed, f"give the site a name in {unnamed}: site_name in mkdocs.yml, or in the i18n plugin's entry of the language"


def language_of_address(address: str) -> str:
    return next((other for other in languages()[1:] if address.startswith(language_folder(other))), languages()[0])


def test_every_page_is_titled_and_headed_with_its_language_s_site_name(built_site):
    """Each page's <title> ends with its language's site name (the home page's is the name
    alone), and so does the header; the 404 pages too."""
    pages = [f"{address}index.html" for address in site_pages()] + [f"{language_folder(language)}404.html" for language in languages()]
    problems = []
    for path in pages:
        name = site_name(language_of_address(path))
        page = (built_site / path).read_text(encoding="utf-8")
        title = html.unescape(re.search(r"<title>(.*?)</title>", page, re.DOTALL).group(1)).strip()
        header = re.search(r'<div class="md-header__topic">\s*<span class="md-ellipsis">(.*?)</span>', page, re.DOTALL)
        if not (title == name or title.endswith(f" - {name}")):
            problems.append(f"/{path}: title {title!r} does not end with {name!r}")
        if not header or html.unescape(header.group(1)).strip() != name:
            problems.append(f"/{path}: the header says {header and header.group(1).strip()!r}, not {name!r}")
    assert not problems, "\n".join(problems)


# The link to the repository names it, as it should: its address (repo_url, in the edit and
# report links too) and its label in the header.
REPOSITORY_LINK = re.compile(r'<div class="md-source__repository">[^<]*</div>')


def test_no_reader_sees_the_repository_name(built_site):
    """Not in any page, notebook, search index or sitemap: only in the sub-path the site may be
    served at (/autograd-docs/, in canonical links when site_url has it) and in the links to
    the repository."""
    found = []
    repository = mkdocs_config()["repo_url"].rstrip("/")
    for path in sorted(built_site.rglob("*")):
        if path.suffix in TEXT_FILES and path.is_file():
            text = path.read_text(encoding="utf-8").replace(repository, "").replace(SUB_PATH, "/")
            text = REPOSITORY_LINK.sub("", text)
            match = re.search(REPOSITORY_NAME, text, re.IGNORECASE)
            if match:
                found.append(f"{path.relative_to(built_site)}: {text[max(0, match.start() - 60):match.end() + 20]!r}")
    assert not found, f"{REPOSITORY_NAME} in what readers see:\n" + "\n".join(found)
