"""Pictures drawn from what an example prints: autograd graphs and plots, as inline SVG.

A page asks for a picture by giving an example's output fence one more class:

- `.graph`: the example prints an autograd graph as an indented tree, one node a line,
  two spaces a level, from the output's `grad_fn` down to the leaves:

      AddBackward0
        MulBackward0
          AccumulateGrad -> w.grad
          AccumulateGrad -> x.grad
        AccumulateGrad -> b.grad

- `.plot`: the example prints a table, a header line of column names and then rows of
  numbers; the first column is the x axis, every other column a line.

The tests check the printed text like any other output, so a picture changes only when
what torch computes changes. tests/mkdocs_hooks.py puts each picture under its output.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from html import escape

FONT_SIZE = 13
CHAR_WIDTH = 7.8  # monospace, at FONT_SIZE
NODE_HEIGHT = 34
LAYER_HEIGHT = 74
GAP = 18


@dataclass(eq=False)  # nodes are compared by identity: two MulBackward0 are two nodes
class Node:
    label: str
    depth: int
    children: list[Node] = field(default_factory=list)
    x: float = 0.0

    @property
    def is_leaf(self) -> bool:
        return self.label.startswith("AccumulateGrad")

    @property
    def lines(self) -> list[str]:
        name, _, grad = self.label.partition(" -> ")
        return [name, f"→ {grad}"] if grad else [name]

    @property
    def width(self) -> float:
        return max(len(line) for line in self.lines) * CHAR_WIDTH + 2 * GAP


def parse_tree(text: str) -> Node:
    """The printed tree as nodes; one AccumulateGrad node per leaf, however often it is reached."""
    stack: list[Node] = []
    leaves: dict[str, Node] = {}
    root = None
    for line in text.splitlines():
        if not line.strip():
            continue
        depth = (len(line) - len(line.lstrip(" "))) // 2
        label = line.strip()
        node = leaves.get(label) if label.startswith("AccumulateGrad") else None
        if node is None:
            node = Node(label, depth)
            if node.is_leaf:
                leaves[label] = node
        node.depth = max(node.depth, depth)
        del stack[depth:]
        if stack:
            stack[-1].children.append(node)
        elif root is None:
            root = node
        else:
            raise ValueError(f"a graph has one root; found a second: {line!r}")
        stack.append(node)
    if root is None:
        raise ValueError("no graph in the printed output")
    return root


def _place(root: Node) -> list[Node]:
    """Leaves side by side in the order they are first reached; parents centred above."""
    order: list[Node] = []
    next_slot = [0.0]

    def visit(node: Node) -> None:
        if node in order:
            return
        order.append(node)
        for child in node.children:
            visit(child)
        if node.children:
            node.x = sum(child.x for child in node.children) / len(node.children)
        else:
            node.x = next_slot[0] + node.width / 2
            next_slot[0] += node.width + GAP

    visit(root)
    return order


def graph_svg(text: str, title: str) -> str:
    root = parse_tree(text)
    nodes = _place(root)
    left = min(node.x - node.width / 2 for node in nodes)
    right = max(node.x + node.width / 2 for node in nodes)
    width = right - left + 2
    height = max(node.depth for node in nodes) * LAYER_HEIGHT + NODE_HEIGHT + 12

    def top(node):
        return node.depth * LAYER_HEIGHT + 1

    parts = []
    for node in nodes:
        for child in dict.fromkeys(node.children):
            x1, y1 = node.x - left + 1, top(node) + NODE_HEIGHT
            x2, y2 = child.x - left + 1, top(child) - 1
            # A leaf reached twice from one node (x in dot(x, x)) gets two curved edges.
            count = node.children.count(child)
            for number in range(count):
                bend = (number - (count - 1) / 2) * 36
                start, end = x1 + bend / 2, x2 + bend / 2
                cx, cy = (start + end) / 2 + bend / 2, (y1 + y2) / 2
                parts.append(
                    f'<path class="edge" d="M{start:.1f},{y1} Q{cx:.1f},{cy:.1f} {end:.1f},{y2}" marker-end="url(#arrow)"/>'
                )
    for node in nodes:
        x, y = node.x - left + 1 - node.width / 2, top(node)
        tall = NODE_HEIGHT + (FONT_SIZE + 2) * (len(node.lines) - 1)
        parts.append(
            f'<g class="{"leaf" if node.is_leaf else "op"}">'
            f'<rect x="{x:.1f}" y="{y}" width="{node.width:.1f}" height="{tall}" rx="6"/>'
        )
        for number, line in enumerate(node.lines):
            baseline = y + NODE_HEIGHT / 2 + FONT_SIZE / 3 + number * (FONT_SIZE + 2)
            parts.append(f'<text x="{node.x - left + 1:.1f}" y="{baseline:.1f}">{escape(line)}</text>')
        parts.append("</g>")
    height += (FONT_SIZE + 2) * max(len(node.lines) - 1 for node in nodes)
    return _svg("autograd-graph", width, height, title, "".join(parts))


def _svg(kind: str, width: float, height: float, title: str, body: str) -> str:
    marker = f"arrow-{zlib.crc32(body.encode()):08x}"  # ids must differ between pictures on a page
    body = body.replace("url(#arrow)", f"url(#{marker})")
    arrow = (
        f'<defs><marker id="{marker}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
        'orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" class="arrowhead"/></marker></defs>'
    )
    return (
        f'<svg class="{kind}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'width="{width:.0f}" role="img" aria-label="{escape(title)}">'
        f"<title>{escape(title)}</title>{arrow}{body}</svg>"
    )


PLOT_WIDTH, PLOT_HEIGHT, MARGIN = 560, 260, 40


def plot_svg(text: str, title: str) -> str:
    lines = [line.split() for line in text.splitlines() if line.strip()]
    names, rows = lines[0], [[float(value) for value in row] for row in lines[1:]]
    xs = [row[0] for row in rows]
    ys = [value for row in rows for value in row[1:]]
    x_low, x_high, y_low, y_high = min(xs), max(xs), min(ys + [0.0]), max(ys + [0.0])

    def point(x: float, y: float) -> tuple[float, float]:
        return (
            MARGIN + (x - x_low) / (x_high - x_low) * (PLOT_WIDTH - 2 * MARGIN),
            PLOT_HEIGHT - MARGIN - (y - y_low) / (y_high - y_low) * (PLOT_HEIGHT - 2 * MARGIN),
        )

    def polyline(css_class: str, points) -> str:
        return f'<polyline class="{css_class}" points="{" ".join(f"{x:.1f},{y:.1f}" for x, y in points)}"/>'

    def label(css_class: str, x: float, y: float, text: str) -> str:
        return f'<text class="{css_class}" x="{x:.1f}" y="{y:.1f}">{escape(text)}</text>'

    parts = [polyline("axis", [point(x_low, 0), point(x_high, 0)])]
    if x_low < 0 < x_high:
        parts.append(polyline("axis", [point(0, y_low), point(0, y_high)]))
    for column, name in enumerate(names[1:], start=1):
        parts.append(polyline(f"series series-{column}", [point(row[0], row[column]) for row in rows]))
        x, y = point(rows[-1][0], rows[-1][column])
        parts.append(label(f"series-{column}", x + 4, y, name))
    for value in (x_low, x_high):  # below the plot, clear of the curves
        x, _ = point(value, 0)
        parts.append(label("tick", x, PLOT_HEIGHT - MARGIN + 22, f"{value:.2g}"))
    for value in (y_low, y_high):
        x, y = point(x_low, value)
        parts.append(label("tick", x - 18, y + 4, f"{value:.2g}"))
    return _svg("plot", PLOT_WIDTH + 40, PLOT_HEIGHT, title, "".join(parts))
