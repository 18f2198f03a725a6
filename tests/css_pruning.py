"""Drop the CSS a page does not use.

nbconvert inlines all of JupyterLab's stylesheet (570 KB) into every exercise page that
mkdocs-jupyter renders. Most of it styles widgets those pages do not have. Keeping only
the rules whose classes occur in the page, and the custom properties (--name) that those
rules read, brings each page under the site's 200 KiB budget.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import tinycss2

STYLE = re.compile(r"(<style[^>]*>)(.*?)(</style>)", re.DOTALL)
CLASS_ATTRIBUTE = re.compile(r'class="([^"]*)"')
CLASS_IN_SELECTOR = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
VARIABLE_USE = re.compile(r"var\(\s*(--[\w-]+)")
GROUPS = ("media", "supports")  # at-rules that hold rules


@dataclass
class Rule:
    head: str  # a selector list, or "@media (...)" for a group
    selector_classes: tuple[frozenset[str], ...] = ()  # the classes each selector needs
    declarations: list[tuple[str, str]] = field(default_factory=list)  # (name, value)
    children: list[Rule] | None = None  # the rules inside a group
    raw: str = ""  # an at-rule kept as it is (@font-face, @keyframes, ...)


def prune_unused_css(html: str) -> str:
    classes = {name for value in CLASS_ATTRIBUTE.findall(html) for name in value.split()}
    sheets = [(match, _used(_parse(match.group(2)), classes)) for match in STYLE.finditer(html)]
    rules = [rule for _, sheet in sheets for rule in _flatten(sheet)]
    definitions = {name: value for rule in rules for name, value in rule.declarations if name.startswith("--")}
    reads = " ".join(value for rule in rules for name, value in rule.declarations if not name.startswith("--"))
    used = set(VARIABLE_USE.findall(reads + STYLE.sub("", html)))
    pending = list(used)
    while pending:  # a custom property may read others
        for name in VARIABLE_USE.findall(definitions.get(pending.pop(), "")):
            if name not in used:
                used.add(name)
                pending.append(name)
    pieces, last = [], 0
    for match, sheet in sheets:
        pieces += [html[last : match.start()], match.group(1), _serialize(sheet, used), match.group(3)]
        last = match.end()
    return "".join(pieces) + html[last:]


@functools.cache  # every exercise page inlines the same stylesheet
def _parse(css: str) -> tuple[Rule, ...]:
    return tuple(_rules(tinycss2.parse_stylesheet(css, True, True)))


def _rules(nodes) -> list[Rule]:
    rules = []
    for node in nodes:
        if node.type == "qualified-rule":
            head = tinycss2.serialize(node.prelude).strip()
            declarations = [
                (d.name, tinycss2.serialize(d.value).strip() + (" !important" if d.important else ""))
                for d in tinycss2.parse_declaration_list(node.content, True, True)
                if d.type == "declaration"
            ]
            needs = tuple(frozenset(CLASS_IN_SELECTOR.findall(selector)) for selector in head.split(","))
            rules.append(Rule(head, needs, declarations))
        elif node.type == "at-rule" and node.lower_at_keyword in GROUPS and node.content is not None:
            children = _rules(tinycss2.parse_rule_list(node.content, True, True))
            rules.append(Rule(f"@{node.at_keyword} {tinycss2.serialize(node.prelude).strip()}", children=children))
        elif node.type == "at-rule":
            rules.append(Rule("", raw=tinycss2.serialize([node])))
    return rules


def _used(rules, classes: set[str]) -> list[Rule]:
    """The rules that can match the page: one of their selectors needs only classes it has."""
    kept = []
    for rule in rules:
        if rule.children is not None:
            children = _used(rule.children, classes)
            if children:
                kept.append(Rule(rule.head, children=children))
        elif rule.raw or any(needs <= classes for needs in rule.selector_classes):
            kept.append(rule)
    return kept


def _flatten(rules: list[Rule]):
    for rule in rules:
        yield rule
        yield from _flatten(rule.children or [])


def _serialize(rules: list[Rule], used: set[str]) -> str:
    out = []
    for rule in rules:
        if rule.raw:
            out.append(rule.raw)
        elif rule.children is not None:
            inner = _serialize(rule.children, used)
            if inner:
                out.append(f"{rule.head}{{{inner}}}")
        else:
            body = ";".join(f"{name}:{value}" for name, value in rule.declarations if not name.startswith("--") or name in used)
            if body:
                out.append(f"{rule.head}{{{body}}}")
    return "".join(out)
