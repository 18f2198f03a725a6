"""The exercise notebooks, shown by mkdocs-jupyter in every language (autograd_docs/notebooks.py
makes the translated ones): in another language, the notebook with its text cells
translated. Their title and table of contents are read from the headings as drawn
(mkdocs-jupyter's own drop inline code: "Exercises: What is ?"), and in every language the
headings keep the ids they have in the default language, so that links and anchors are
the same. A download button under the title offers the notebook. Their text cells link to
pages by the pages' addresses (../../grad/, as a notebook has no .md files to name); the
build points each at its page where pages are files (grad.html, in the offline copy).

The i18n plugin rebuilds every file of the build as it starts the build of a language, and
in doing so turns mkdocs-jupyter's notebook pages back into plain files (which would be
copied out as raw JSON). So this hook wraps the exercise notebooks as mkdocs-jupyter's
pages after it (event priority -200), in the language being built.
"""

import html
import os
import posixpath
import re
from types import SimpleNamespace
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.structure.toc import get_toc
from mkdocs.utils import get_relative_url
from mkdocs_jupyter.plugin import NotebookFile

from autograd_docs.hooks import building, in_language, with_download_button
from autograd_docs.notebooks import translated_notebook, translation_of
from autograd_docs.project import is_notebook_translation, language_folder, languages

EXERCISES = "exercises/"


@event_priority(-200)  # after the i18n plugin (-100): see the module's docstring
def on_files(files, config):
    language = building(config)
    for file in list(files):
        source = Path(file.abs_src_path) if file.abs_src_path else None
        if file.src_uri.startswith(EXERCISES) and file.src_uri.endswith(".ipynb"):
            files.remove(file)
            files.append(exercise_page(file, language, config))
        elif source and is_notebook_translation(source):
            files.remove(file)  # the text cells of a translated exercise (grad.zh.md), shown in its notebook
    i18n = config.plugins.get("i18n")
    if i18n:  # the i18n plugin's sitemap lists the pages it saw: now the exercises are pages too
        i18n.i18n_files_per_language[language] = files.documentation_pages()
    return files


def exercise_page(file: File, language: str, config) -> File:
    """An exercise notebook as mkdocs-jupyter's page, in the language being built."""
    source = Path(file.abs_src_path)
    if language != languages()[0]:
        # mkdocs-jupyter renders (and offers for download) a notebook file: write one.
        translated = Path(config.config_file_path).parent / ".cache" / "notebooks" / language / file.src_uri
        translated.parent.mkdir(parents=True, exist_ok=True)
        # Written whole, then moved into place: a build running beside this one (the
        # offline copy, in the tests) may be reading the same file.
        partial = translated.with_name(f"{translated.name}.{os.getpid()}")
        partial.write_text(translated_notebook(source, translation_of(source, language)), encoding="utf-8")
        os.replace(partial, translated)
        source = translated
    src_dir = source.parents[len(Path(file.src_uri).parts) - 1]
    page = NotebookFile(File(file.src_uri, str(src_dir), config.site_dir, config.use_directory_urls), config.use_directory_urls, config.site_dir)
    # The language switcher leads to the same exercise in each language.
    page.alternates = {other: _Alternate(f"{language_folder(other)}{page.url}", config) for other in languages()}
    page.locale = page.locale_alternate_of = language
    return in_language(page, language, config)


class _Alternate:
    """What the i18n plugin reads of a page's alternate in another language (for the language
    switcher and the sitemap): its address, relative and absolute."""

    def __init__(self, url: str, config):
        self.url = url
        self.page = SimpleNamespace(canonical_url=f"{config.site_url}{url}", abs_url=None)


# A heading as nbconvert draws it: <h2 id="...">Text<a class="anchor-link" href="#...">¶</a></h2>
HEADING = re.compile(r'<h([1-6]) id="([^"]*)">(.*?)<a class="anchor-link" href="#[^"]*">¶</a></h\1>', re.DOTALL)
_default_ids: dict[str, list[str]] = {}  # each exercise's heading ids, from the default language's build


def on_page_content(content, page, config, files):
    if not page.file.src_uri.startswith(EXERCISES) or not page.file.src_uri.endswith(".ipynb"):
        return content
    headings = HEADING.findall(content)
    if building(config) == languages()[0]:
        _default_ids[page.file.src_uri] = [heading_id for _, heading_id, _ in headings]
    ids = _default_ids.get(page.file.src_uri, [heading_id for _, heading_id, _ in headings])
    if len(ids) != len(headings):
        raise ValueError(f"{page.file.src_uri}: {len(headings)} headings in {building(config)}, {len(ids)} in {languages()[0]}")
    for (level, old, text), new in zip(headings, ids):
        content = content.replace(f'<h{level} id="{old}">{text}<a class="anchor-link" href="#{old}">',
                                  f'<h{level} id="{new}">{text}<a class="anchor-link" href="#{new}">', 1)
    titles = [(int(level), heading_id, html.unescape(re.sub(r"<[^>]+>", "", text)).strip())
              for (level, _, text), heading_id in zip(headings, ids)]
    page.title = next((title for level, _, title in titles if level == 1), page.title)
    if page.edit_url and building(config) != languages()[0]:  # its text is edited in its translation file
        page.edit_url = page.edit_url.removesuffix(".ipynb") + f".{building(config)}.md"
    page.toc = get_toc(_nested([{"level": level, "id": heading_id, "name": title, "children": []}
                                for level, heading_id, title in titles]))
    # mkdocs-jupyter copies the notebook beside the page (include_source), in the page's
    # language; the button under the title, as on the pages, offers it.
    content = with_download_button(content, posixpath.basename(page.file.src_uri), config)
    return links_to_pages(content, page, files)


# A relative link to a folder, as an exercise's text cells link to pages: href="../../grad/#x"
FOLDER_LINK = re.compile(r'href="((?:\.\./|[\w-]+/)+)(#[^"]*)?"')


def links_to_pages(content: str, page, files) -> str:
    """The exercise's links to pages' folder addresses, pointed at their pages as built."""
    pages = {folder_address(other.url): other for other in files.documentation_pages()}
    here = folder_address(page.url)

    def relink(match):
        address = posixpath.normpath(posixpath.join(here, match.group(1))) + "/"
        target = pages.get(address.removeprefix("./"))
        if target is None:
            raise ValueError(f"{page.file.src_uri}: a text cell links to {match.group(1)}, the address of no page")
        return f'href="{get_relative_url(target.url, page.url)}{match.group(2) or ""}"'

    return FOLDER_LINK.sub(relink, content)


def folder_address(url: str) -> str:
    """A page's address as a folder ("zh/grad/"), whether the build makes pages folders
    ("zh/grad/") or files ("zh/grad.html", "zh/index.html")."""
    if url.endswith(".html"):  # index.html is its folder's page; grad.html is grad/'s
        path = url.removesuffix(".html")
        url = path.removesuffix("index") if path == "index" or path.endswith("/index") else f"{path}/"
    return "" if url == "./" else url


def _nested(tokens: list[dict]) -> list[dict]:
    """Flat headings as the tree a table of contents is: each under the last one above its level."""
    roots, stack = [], []
    for token in tokens:
        while stack and stack[-1]["level"] >= token["level"]:
            stack.pop()
        (stack[-1]["children"] if stack else roots).append(token)
        stack.append(token)
    return roots


@event_priority(10)  # before mkdocs-jupyter's (0)
def on_post_build(config):
    """mkdocs-jupyter deletes, at the end of a build, the cached pages of the notebooks that
    build did not render. With the i18n plugin each language is a build of its own: the
    English build deleted the Chinese notebooks' pages and the Chinese build the English
    ones, so every build rendered all the notebooks anew (about 5 s). So no build deletes
    any: an entry that no notebook uses any more stays in .cache/ (delete the folder to
    clear it)."""
    jupyter = config.plugins.get("mkdocs-jupyter")
    if jupyter:
        jupyter._used_cache_paths.update(Path(jupyter.config["cache_dir"]).glob("*.json"))
