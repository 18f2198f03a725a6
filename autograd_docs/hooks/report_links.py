"""Under each example, a link that opens a new issue in the site's repository (`repo_url`),
filled in with what a maintainer needs: the snippet file, the page, and the torch release
that printed the stated output; the reader adds theirs. Left out of the search index."""

from pathlib import Path
from urllib.parse import urlencode

from autograd_docs.examples import examples_in, recorded_torch_release
from autograd_docs.hooks import insert_under_output
from autograd_docs.project import SNIPPETS, is_notebook_translation, relative


def issue_url(config, snippet: Path, page_url: str) -> str:
    body = (
        f"Example: {relative(snippet)}\n"
        f"Shown on: {page_url}\n"
        f"Output recorded with torch {recorded_torch_release()}\n"
        'My torch version (python -c "import torch; print(torch.__version__)"): \n\n'
        "What I ran, what I expected, and what I saw:\n"
    )
    title = f"Example {snippet.relative_to(SNIPPETS)}: "
    return f"{config.repo_url.rstrip('/')}/issues/new?{urlencode({'title': title, 'body': body})}"


def on_page_markdown(markdown, page, config, files):
    if not config.repo_url or not page.file.src_uri.endswith(".md") or is_notebook_translation(Path(page.file.abs_src_path)):
        return markdown
    lines = markdown.split("\n")
    words = config.extra["words"]
    # Lines counted in the Markdown handed to the hook, so each link lands under its own output.
    for example in reversed(examples_in(markdown, Path(page.file.abs_src_path))):
        text = words["report_problem"].replace("{snippet}", example.snippet.name)
        link = f"[{text}]({issue_url(config, example.snippet, page.canonical_url)})"
        insert_under_output(lines, example, f"{link}\n{{ .report-problem data-search-exclude }}")
    return "\n".join(lines)
