"""Lighter pages: less for the browser to download, and less for Material's script to do
as a page loads (the README's "The site fast" says why each matters)."""

import re

from autograd_docs.css_pruning import prune_unused_css

# Every code block can take the keyboard's focus, so that a keyboard can scroll a wide one.
# Material does this only for blocks it has measured, and it measures a block when it scrolls
# into view (content.lazy): measuring them all on load would lay out the whole page.
CODE = re.compile(  # a Markdown page's code | a notebook's code cell | code in a notebook's text cell
    r'<pre><span></span><code(?=>)|<div class="highlight-ipynb[^"]*"|<div class="highlight"><pre(?=>)'
)

# nbconvert's loaders for MathJax and Mermaid, which the exercise notebooks do not need: the
# site writes math as MathML, and no notebook has a Mermaid diagram (one would not render).
# The MathJax loader has no address (src=""), and would be the one script not deferred; the
# Mermaid one is 11 KB of script naming a CDN, which readers behind a firewall cannot reach.
NBCONVERT_LOADERS = re.compile(
    r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->"
    r'|<script type="module">\s*document\.addEventListener\("DOMContentLoaded", async \(\) => \{'
    r'\s*const diagrams = document\.querySelectorAll\("\.jp-Mermaid.*?<!-- End of mermaid configuration -->',
    re.DOTALL,
)


def on_page_content(content, page, config, files):
    content = CODE.sub(r'\g<0> tabindex="0"', content)
    if not page.file.src_uri.endswith(".md"):
        # An exercise notebook: nbconvert inlines JupyterLab's whole stylesheet (570 KB).
        return prune_unused_css(NBCONVERT_LOADERS.sub("", content))
    # Material moves each table into a scrolling wrapper as the page loads. Moving an element
    # of the article restyles the whole article; inside a div of its own, only the div.
    return content.replace("<table>", "<div><table>").replace("</table>", "</table></div>")
