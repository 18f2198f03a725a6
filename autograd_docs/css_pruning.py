"""Drop the CSS a page does not use.

nbconvert inlines all of JupyterLab's stylesheet (570 KB) into every exercise page that
mkdocs-jupyter renders. Most of it styles widgets those pages do not have. Keeping only
the rules whose classes occur in the page, and the custom properties (--name) that those
rules read, brings each page under the site's 200 KiB budget.

The stylesheet is minified machine output, so regular expressions split it: a rule is a
selector list and a body without braces; an @media or @supports block holds such rules.
Every exercise page inlines the same stylesheets, so each is split once a build; and pages
that use the same of the sheets' classes get the same CSS, pruned once (13 exercises in two
languages use 8 such sets).
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
    styles = list(STYLE.finditer(html))
    sheets = tuple(match.group(2) for match in styles)
    cuts = [0, *(point for match in styles for point in (match.start(), match.end())), len(html)]
    outside = [html[start:end] for start, end in zip(cuts[::2], cuts[1::2])]  # the page around its style elements
    classes = {name for value in CLASS_ATTRIBUTE.findall(html) for name in value.split()}
    # What decides what is kept: the classes of the page that the sheets' selectors name, and
    # the custom properties that the page's markup reads (style="color: var(--x)").
    pruned = _pruned(sheets, frozenset(classes & _selector_classes(sheets)), frozenset(VARIABLE_USE.findall("".join(outside))))
    pieces = [outside[0]]
    for match, css, after in zip(styles, pruned, outside[1:]):
        pieces += [match.group(1), css, match.group(3), after]
    return "".join(pieces)


@functools.lru_cache(maxsize=16)
def _pruned(sheets: tuple[str, ...], classes: frozenset[str], read_by_markup: frozenset[str]) -> tuple[str, ...]:
    """Each sheet with only the rules that can match a page with these classes, and the
    custom properties that those rules or the page's markup read."""
    kept = [_used_rules(_rules(css), classes) for css in sheets]
    definitions = dict(CUSTOM_PROPERTY.findall("".join(kept)))
    used = set(read_by_markup) | set(VARIABLE_USE.findall(CUSTOM_PROPERTY.sub("", "".join(kept))))
    pending = list(used)
    while pending:  # a custom property may read others
        for name in VARIABLE_USE.findall(definitions.get(pending.pop(), "")):
            if name not in used:
                used.add(name)
                pending.append(name)

    def keep_if_used(match):
        return match.group(0) if match.group(1) in used else ""

    return tuple(CUSTOM_PROPERTY.sub(keep_if_used, css) for css in kept)


@functools.lru_cache(maxsize=16)
def _selector_classes(sheets: tuple[str, ...]) -> frozenset[str]:
    """Every class that a selector of the sheets names."""

    def named(rules) -> set[str]:
        return {name for kind, _, decides in rules if kind != "at-rule"
                for name in (named(decides) if kind == "block" else set().union(*decides))}

    return frozenset().union(*(named(_rules(css)) for css in sheets))


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
