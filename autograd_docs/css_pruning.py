"""Drop the CSS a page does not use.

nbconvert inlines all of JupyterLab's stylesheet (570 KB) into every exercise page that
mkdocs-jupyter renders. Most of it styles widgets those pages do not have. Keeping only
the rules whose classes occur in the page, and the custom properties (--name) that those
rules read, brings each page under the site's 200 KiB budget.

The stylesheet is minified machine output, so regular expressions split it: a rule is a
selector list and a body without braces; an @media or @supports block holds such rules.
Every exercise page inlines the same stylesheets, so each is split once a build.
"""

from __future__ import annotations

import functools
import re

# A style element. (Its CSS is read a run of characters other than "<" at a time: trying
# "</style>" at each character of a 570 KB sheet took 10 ms a page.)
STYLE = re.compile(r"(<style[^>]*>)([^<]*(?:<(?!/style>)[^<]*)*)(</style>)")
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
    sheets = [(match, _used_rules(_rules(match.group(2)), classes)) for match in STYLE.finditer(html)]
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


@functools.lru_cache(maxsize=16)
def _rules(css: str) -> tuple:
    """A stylesheet split into its rules, each as (kind, text, what decides):
    ("rule", its text, the classes each of its selectors needs: one selector whose classes
    the page has keeps it); ("block", an @media or @supports head, its own rules); or
    ("at-rule", its text, None), always kept (@font-face, @keyframes, @import and the like)."""
    rules = []
    for block_head, block_body, at_rule, selectors, body in BLOCK.findall(COMMENT.sub("", css)):
        if block_head:
            rules.append(("block", block_head, _rules(block_body)))
        elif at_rule:
            rules.append(("at-rule", at_rule, None))
        else:
            needs = tuple(frozenset(CLASS_IN_SELECTOR.findall(selector)) for selector in selectors.split(","))
            rules.append(("rule", f"{selectors.strip()}{{{body}}}", needs))
    return tuple(rules)


def _used_rules(rules: tuple, classes: set[str]) -> str:
    """The rules that can match the page: one of their selectors needs only classes it has."""
    kept = []
    for kind, text, decides in rules:
        if kind == "at-rule" or (kind == "rule" and any(needs <= classes for needs in decides)):
            kept.append(text)
        elif kind == "block" and (inner := _used_rules(decides, classes)):
            kept.append(f"{text}{{{inner}}}")
    return "".join(kept)
