"""Math written as MathML when the site is built: browsers draw it with no script and no
network. The pages write $...$ and $$...$$ (pymdownx.arithmatex, generic mode, wraps them
in <span class="arithmatex">\\(...\\)</span> and <div class="arithmatex">\\[...\\]</div>)."""

import html
import re

from latex2mathml.converter import convert as latex_to_mathml

ARITHMATEX = re.compile(r'<(span|div) class="arithmatex">\\[(\[](.*?)\\[)\]]</\1>', re.DOTALL)


def on_page_content(content, page, config, files):
    def mathml(match):
        if match.group(1) == "span":
            return latex_to_mathml(html.unescape(match.group(2)).strip(), display="inline")
        # A display formula scrolls sideways when it is wider than the page (extra.css):
        # focusable, so that a keyboard can scroll it too.
        block = latex_to_mathml(html.unescape(match.group(2)).strip(), display="block")
        return block.replace("<math ", '<math tabindex="0" ', 1)

    return ARITHMATEX.sub(mathml, content)
