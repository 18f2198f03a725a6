"""MkDocs hooks: the build's steps, one concern a file (mkdocs.yml lists them in order)."""

import html
import posixpath
from pathlib import Path

from mkdocs.structure.files import File

from autograd_docs.project import language_folder, languages


def building(config) -> str:
    """The language being built (the i18n plugin builds each language in turn)."""
    i18n = config.plugins.get("i18n")
    return i18n.current_language if i18n else languages()[0]


def insert_under_output(lines: list[str], example, block: str) -> None:
    """Put a block of Markdown right under an example's output fence, in the page's lines,
    indented as the fence is (an example inside a list item keeps the block in the item).
    Insert from the page's last example up: the lines above keep their numbers."""
    fence = lines[example.output_line - 1]
    indent = fence[: len(fence) - len(fence.lstrip())]
    indented = "\n".join(indent + line if line else line for line in block.split("\n"))
    lines.insert(example.end_line, f"\n{indented}\n")


def with_download_button(content: str, href: str, config) -> str:
    """A page's HTML with a button right under its title (its first <h1>; at the top if it
    has none) that downloads the notebook at `href`, relative to the page."""
    name = posixpath.basename(href)
    button = f'<p><a class="md-button" download="{name}" href="{href}">{html.escape(config.extra["words"]["download_notebook"])}</a></p>'
    title_end = content.find("</h1>")
    at = title_end + len("</h1>") if title_end >= 0 else 0
    return f"{content[:at]}\n{button}{content[at:]}"


def every_language_built(config) -> bool:
    """True at the end of the outermost build: the i18n plugin builds the other languages
    inside the default language's on_post_build, and is `building` until they are done."""
    i18n = config.plugins.get("i18n")
    return not (i18n and i18n.building)


def in_language(file: File, language: str, config) -> File:
    """The file placed in a language's folder of the site (zh/...), as the i18n plugin places pages."""
    folder = language_folder(language)
    url, dest = file.url, file.dest_uri  # read before either changes: one is computed from the other
    file.dest_uri = folder + dest
    file.url = folder if url == "./" else folder + url
    file.abs_dest_path = str(Path(config.site_dir) / file.dest_uri)
    return file
