"""Each page with examples offered as a notebook, built from the page and its snippets
(autograd_docs/notebooks.py): the notebook is added to the site, and a download button
placed under the page's title."""

import posixpath
from pathlib import Path

from markdown_it import MarkdownIt
from mkdocs.structure.files import File

from autograd_docs.notebooks import notebook_name, page_notebook


def on_files(files, config):
    for page in files.documentation_pages():
        if not page.src_uri.endswith(".md"):
            continue  # an exercise notebook, shown by mkdocs-jupyter
        notebook = page_notebook(Path(page.abs_src_path))
        if notebook is not None:
            files.append(File.generated(config, notebook_name(Path(page.abs_src_path)), content=notebook))
    return files


def on_page_markdown(markdown, page, config, files):
    if not page.file.src_uri.endswith(".md"):
        return markdown
    notebook = notebook_name(Path(page.file.abs_src_path))
    if files.get_file_from_path(notebook) is None:
        return markdown
    link = posixpath.relpath(notebook, posixpath.dirname(page.file.src_uri))
    button = f'[Download as a notebook]({link}){{ .md-button download="{posixpath.basename(notebook)}" }}'
    return insert_after_title(markdown, button)


def insert_after_title(markdown: str, block: str) -> str:
    """The Markdown with a block right under its first-level heading (or first, if it has none)."""
    tokens = MarkdownIt("commonmark").parse(markdown)
    title_end = next((token.map[1] for token in tokens if token.type == "heading_open" and token.tag == "h1"), 0)
    lines = markdown.split("\n")
    return "\n".join([*lines[:title_end], "", block, "", *lines[title_end:]])
