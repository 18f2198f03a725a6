"""Pictures drawn from what an example prints (autograd_docs/pictures.py): each output
fence with the class .graph or .plot is followed by its picture, as inline SVG."""

from pathlib import Path

from autograd_docs.examples import examples_in
from autograd_docs.hooks import insert_under_output
from autograd_docs.pictures import graph_svg, plot_svg
from autograd_docs.project import is_notebook_translation

PICTURES = {"graph": graph_svg, "plot": plot_svg}  # drawn by; titled by extra.words.<kind>_picture


def on_page_markdown(markdown, page, config, files):
    if not page.file.src_uri.endswith(".md") or is_notebook_translation(Path(page.file.abs_src_path)):
        return markdown  # a notebook, or the text of one (hooks/exercise_notebooks.py)
    if not any(f".{kind}" in markdown for kind in PICTURES):
        return markdown  # no output asks for a picture: no need to read the page's examples
    lines = markdown.split("\n")
    # Lines counted in the Markdown handed to the hook (without the front matter), so that each
    # picture goes right under its own output fence, wherever the page's text starts.
    for example in reversed(examples_in(markdown, Path(page.file.abs_src_path))):
        for kind in example.output_classes:
            if kind in PICTURES:
                svg = PICTURES[kind](example.stated_output(), config.extra["words"][f"{kind}_picture"])
                insert_under_output(lines, example, f'<figure class="picture">{svg}</figure>')
    return "\n".join(lines)
