"""mkdocs hooks: each page with examples offered as a notebook built from the page,
pictures drawn from the outputs that ask for one (tests/notebooks.py, tests/pictures.py),
math written as MathML, which browsers render with no script and no network, the
exercise notebooks' pages stripped of the CSS they do not use (tests/css_pruning.py) and
of nbconvert's script loaders, and code blocks and tables marked up so that Material's script has less to do on load."""

import html
import posixpath
import re
import sys
from pathlib import Path

from latex2mathml.converter import convert as latex_to_mathml
from mkdocs.structure.files import File

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # mkdocs imports hooks by path
from tests.css_pruning import prune_unused_css  # noqa: E402
from tests.examples import read_page  # noqa: E402
from tests.notebooks import notebook_name, page_notebook  # noqa: E402
from tests.pictures import graph_svg, plot_svg  # noqa: E402

PICTURES = {
    "graph": (graph_svg, "The autograd graph printed above, drawn"),
    "plot": (plot_svg, "The table printed above, plotted"),
}


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
    markdown = add_pictures(markdown, Path(page.file.abs_src_path))
    notebook = notebook_name(Path(page.file.abs_src_path))
    if files.get_file_from_path(notebook) is None:
        return markdown
    link = posixpath.relpath(notebook, posixpath.dirname(page.file.src_uri))
    title, _, rest = markdown.partition("\n")
    button = f'[Download as a notebook]({link}){{ .md-button download="{posixpath.basename(notebook)}" }}'
    return f"{title}\n\n{button}\n{rest}"


def add_pictures(markdown: str, page: Path) -> str:
    """Each output fence with class .graph or .plot followed by its picture."""
    lines = markdown.split("\n")
    for example in reversed(read_page(page)):
        for kind in example.output_classes:
            if kind in PICTURES:
                draw, title = PICTURES[kind]
                svg = draw(example.stated_output(), title)
                lines.insert(example.end_line, f'\n<figure class="picture">{svg}</figure>\n')
    return "\n".join(lines)


# pymdownx.arithmatex (generic mode) wraps $...$ in <span class="arithmatex">\(...\)</span>
# and $$...$$ in <div class="arithmatex">\[...\]</div>.
ARITHMATEX = re.compile(r'<(span|div) class="arithmatex">\\[(\[](.*?)\\[)\]]</\1>', re.DOTALL)


# Every code block can take the keyboard's focus, so that a keyboard can scroll a wide one.
# Material does this only for blocks it has measured, and it measures a block when it scrolls
# into view (content.lazy): measuring them all on load would lay out the whole page.
CODE = re.compile(r'<pre><span></span><code(?=>)|<div class="highlight-ipynb[^"]*"')  # Markdown | notebook


# nbconvert's loaders for MathJax and Mermaid, which the exercise notebooks do not need: the
# site writes math as MathML, and no notebook has a Mermaid diagram. The MathJax loader has
# no address (src=""), and would be the one script not deferred; the Mermaid one is 11 KB of
# script naming a CDN, which readers behind a firewall cannot reach.
NBCONVERT_LOADERS = re.compile(
    r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->"
    r'|<script type="module">\s*document\.addEventListener\("DOMContentLoaded", async \(\) => \{'
    r'\s*const diagrams = document\.querySelectorAll\("\.jp-Mermaid.*?<!-- End of mermaid configuration -->',
    re.DOTALL,
)


def on_page_content(content, page, config, files):
    content = CODE.sub(r'\g<0> tabindex="0"', content)
    if not page.file.src_uri.endswith(".md"):
        return prune_unused_css(NBCONVERT_LOADERS.sub("", content))  # an exercise notebook

    def mathml(match):
        display = "block" if match.group(1) == "div" else "inline"
        return latex_to_mathml(html.unescape(match.group(2)).strip(), display=display)

    # Material moves each table into a scrolling wrapper as the page loads. Moving an element
    # of the article restyles the whole article; inside a div of its own, only the div.
    content = content.replace("<table>", "<div><table>").replace("</table>", "</table></div>")
    return ARITHMATEX.sub(mathml, content)
