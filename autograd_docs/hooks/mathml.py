"""Math written as MathML when the site is built: browsers draw it with no script and no
network. The pages write $...$ and $$...$$ (pymdownx.arithmatex, generic mode, wraps them
in <span class="arithmatex">\\(...\\)</span> and <div class="arithmatex">\\[...\\]</div>).
The exercise notebooks' text cells write the same, which nbconvert leaves as it is, for
MathJax (a script from another host, which autograd_docs/hooks/lighter_pages.py removes)."""

import functools
import html
import re

from latex2mathml.converter import convert as latex_to_mathml

ARITHMATEX = re.compile(r'<(span|div) class="arithmatex">\\[(\[](.*?)\\[)\]]</\1>', re.DOTALL)
# In a notebook's HTML: code, outputs, scripts and styles, where a $ is no math.
# (Each read a run of characters other than "<" at a time, not trying the end tag at every
# character: an exercise page is 600 KB.)
NOT_TEXT = re.compile(r"(<(pre|code|script|style)\b[^<]*(?:<(?!/\2>)[^<]*)*</\2>)")
NOTEBOOK_MATH = re.compile(r"\$\$(.+?)\$\$|\$([^$\n]+?)\$", re.DOTALL)


@functools.cache  # each language's pages write the same formulas
def mathml(latex: str, display: bool) -> str:
    if not display:
        return latex_to_mathml(html.unescape(latex).strip(), display="inline")
    # A display formula scrolls sideways when it is wider than the page (extra.css):
    # focusable, so that a keyboard can scroll it too.
    block = latex_to_mathml(html.unescape(latex).strip(), display="block")
    return block.replace("<math ", '<math tabindex="0" ', 1)


def on_page_content(content, page, config, files):
    if page.file.src_uri.endswith(".ipynb"):
        parts = NOT_TEXT.split(content)
        # split() returns text, then each match's two groups: change the text only.
        for index in range(0, len(parts), 3):
            parts[index] = NOTEBOOK_MATH.sub(
                lambda match: mathml(match.group(1), True) if match.group(1) else mathml(match.group(2), False),
                parts[index],
            )
        return "".join(part for index, part in enumerate(parts) if index % 3 != 2)
    return ARITHMATEX.sub(lambda match: mathml(match.group(2), match.group(1) == "div"), content)
