"""Each page with examples offered as a notebook (autograd_docs/notebooks.py makes it from
the page and its snippets), in the page's language, with a download button under the
page's title (placed in the HTML, under the <h1>, as on the exercise pages).

The i18n plugin rebuilds every file of the build as it starts the build of a language:
the notebooks are added after it (event priority -200), in the language being built.
"""

from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from autograd_docs.hooks import building, in_language, with_download_button
from autograd_docs.notebooks import notebook_name, page_notebook


@event_priority(-200)  # after the i18n plugin (-100): see the module's docstring
def on_files(files, config):
    language = building(config)
    for page in [file for file in files if file.src_uri.endswith(".md") and file.abs_src_path]:
        if (notebook := page_notebook(Path(page.abs_src_path))) is not None:
            generated = File.generated(config, notebook_name(Path(page.abs_src_path)), content=notebook)
            files.append(in_language(generated, language, config))
    return files


def on_page_content(content, page, config, files):
    if not page.file.src_uri.endswith(".md"):
        return content
    notebook = files.get_file_from_path(notebook_name(Path(page.file.abs_src_path)))
    if notebook is None:
        return content
    return with_download_button(content, get_relative_url(notebook.url, page.url), config)
