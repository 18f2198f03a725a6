"""At each page's end (docs/overrides/partials/source-file.html): when the page last
changed (autograd_docs/history.py), and which torch printed its outputs, read from the
example that records it (snippets/about/torch_version.out), never typed."""

from pathlib import Path

from autograd_docs.examples import read_page, recorded_torch_release
from autograd_docs.hooks import building
from autograd_docs.history import last_changed
from autograd_docs.project import DOCS, is_notebook_translation


def on_page_content(content, page, config, files):
    language = building(config)
    if page.file.src_uri.endswith(".ipynb"):
        source, shows_outputs = DOCS / page.file.src_uri, True  # (a translation's notebook is built from it)
    elif is_notebook_translation(Path(page.file.abs_src_path)):
        return content  # the text of an exercise's translation, shown in its notebook (hooks/exercise_notebooks.py)
    else:
        source = Path(page.file.abs_src_path)
        shows_outputs = bool(read_page(source))
    page.meta["last_changed"] = last_changed(source, language)
    page.meta["torch_release"] = recorded_torch_release() if shows_outputs else None
    return content
