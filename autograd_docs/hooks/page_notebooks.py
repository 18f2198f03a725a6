"""Each page with examples offered as a notebook (autograd_docs/notebooks.py makes it from
the page and its snippets), in the page's language, with a download button under the
page's title.

The i18n plugin rebuilds every file of the build as it starts the build of a language:
the notebooks are added after it (event priority -200), in the language being built.
"""

import posixpath
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from autograd_docs.examples import BLOCKS
from autograd_docs.hooks import building, in_language
from autograd_docs.notebooks import notebook_name, page_notebook


@event_priority(-200)  # after the i18n plugin (-100): see the module's docstring
def on_files(files, config):
    language = building(config)
    for page in [file for file in files if file.src_uri.endswith(".md") and file.abs_src_path]:
        if (notebook := page_notebook(Path(page.abs_src_path))) is not None:
            generated = File.generated(config, notebook_name(Path(page.abs_src_path)), content=notebook)
            files.append(in_language(generated, language, config))
    return files


def on_page_markdown(markdown, page, config, files):
    if not page.file.src_uri.endswith(".md"):
        return markdown
    notebook = notebook_name(Path(page.file.abs_src_path))
    if files.get_file_from_path(notebook) is None:
        return markdown
    link = posixpath.relpath(notebook, posixpath.dirname(page.file.src_uri))
    words = config.extra["words"]
    button = f'[{words["download_notebook"]}]({link}){{ .md-button download="{posixpath.basename(notebook)}" }}'
    return insert_after_title(markdown, button)


def insert_after_title(markdown: str, block: str) -> str:
    """The Markdown with a block right under its first-level heading (or first, if it has none)."""
    title_end = next((token.map[1] for token in BLOCKS.parse(markdown) if token.type == "heading_open" and token.tag == "h1"), 0)
    lines = markdown.split("\n")
    return "\n".join([*lines[:title_end], "", block, "", *lines[title_end:]])
