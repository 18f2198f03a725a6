"""Drop the CSS a page does not use.

nbconvert inlines all of JupyterLab's stylesheet (570 KB) into every exercise page that
mkdocs-jupyter renders. Most of it styles widgets those pages do not have. Keeping only
the rules whose classes occur in the page, and the custom properties (--name) that those
rules read, brings each page under the site's 200 KiB budget.

The stylesheet is minified machine output, so regular expressions split it: a rule is a
selector list and a body without braces; an @media or @supports block holds such rules.
"""

from __future__ import annotations

import re

STYLE = re.compile(r"(<style[^>]*>)(.*?)(</style>)", re.DOTALL)
CLASS_ATTRIBUTE = re.compile(r'class="([^"]*)"')
CLASS_IN_SELECTOR = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
VARIABLE_USE = re.compile(r"var\(\s*(--[\w-]+)")
COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
# A block of rules (@media, @supports), another at-rule with a body or without, or a rule.
BLOCK = re.compile(r"(@(?:media|supports)[^{]*)\{((?:[^{}]*\{[^{}]*\})*\s*)\}|(@[^{;]*(?:\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}|;))|([^{}@]+)\{([^{}]*)\}")
# A custom property declaration; its value may hold strings and parentheses with ";" inside.
CUSTOM_PROPERTY = re.compile(r"""(--[\w-]+)\s*:((?:[^;{}"'()]|"[^"]*"|'[^']*'|\([^()]*(?:\([^()]*\)[^()]*)*\))*);?""")


def prune_unused_css(html: str) -> str:
    classes = {name for value in CLASS_ATTRIBUTE.findall(html) for name in value.split()}
    sheets = [(match, _used_rules(COMMENT.sub("", match.group(2)), classes)) for match in STYLE.finditer(html)]
    kept = "".join(css for _, css in sheets)
    definitions = dict(CUSTOM_PROPERTY.findall(kept))
    used = set(VARIABLE_USE.findall(CUSTOM_PROPERTY.sub("", kept) + STYLE.sub("", html)))
    pending = list(used)
    while pending:  # a custom property may read others
        for name in VARIABLE_USE.findall(definitions.get(pending.pop(), "")):
            if name not in used:
                used.add(name)
                pending.append(name)

    def keep_if_used(match):
        return match.group(0) if match.group(1) in used else ""

    pieces, last = [], 0
    for match, css in sheets:
        pieces += [html[last : match.start()], match.group(1), CUSTOM_PROPERTY.sub(keep_if_used, css), match.group(3)]
        last = match.end()
    return "".join(pieces) + html[last:]


def _used_rules(css: str, classes: set[str]) -> str:
    """The rules that can match the page: one of their selectors needs only classes it has."""
    kept = []
    for block_head, block_body, at_rule, selectors, body in BLOCK.findall(css):
        if block_head:
            inner = _used_rules(block_body, classes)
            if inner:
                kept.append(f"{block_head}{{{inner}}}")
        elif at_rule:
            kept.append(at_rule)  # @font-face, @keyframes, @import and the like
        elif any(set(CLASS_IN_SELECTOR.findall(selector)) <= classes for selector in selectors.split(",")):
            kept.append(f"{selectors.strip()}{{{body}}}")
    return "".join(kept)
