"""Names of torch functions, classes and methods link to their entry in PyTorch's reference,
of the installed torch's release (autograd_docs/reference.py says which spellings name an
object and where the reference documents it: no address is written by hand).

- Prose: inline code that names a torch object (`torch.no_grad()`, `nn.Linear`, `x.grad`,
  `.backward()`) is a link the first time a section names that object (a heading starts a
  section); later mentions in the section stay plain, so that a paragraph saying `x.grad`
  five times is not five links. Never inside a heading (the errors page's error messages
  are its headings), a link, or the summary of a collapsible block.
- Code: in the examples and the exercise notebooks' code cells, every dotted name rooted at
  torch, or at a name that the code imports from torch (`from torch import nn`,
  `import torch.nn.functional as F`, `from torch.func import grad`; a notebook's imports
  hold for its later cells), is a link. A link wraps Pygments' spans: the text of the code,
  which the copy button copies, is unchanged, and so are its colours (extra.css).
- Inline code that names an object rooted at torch, or a tensor's attribute, that the
  installed torch does not have (`torch.autograd.gradd`, `nn.Linar`, `x.gard`) fails the
  build: a warning names the file, the line and the name.
"""

import ast
import functools
import hashlib
import html
import json
import os
import re
from pathlib import Path

from mkdocs.plugins import get_plugin_logger

from autograd_docs.hooks import building
from autograd_docs.notebooks import translation_of
from autograd_docs.project import relative
from autograd_docs import reference
from autograd_docs.reference import Name, torch_version

log = get_plugin_logger(Path(__file__).stem)  # "reference_links: " before each message

LINK = '<a class="torch-ref" href="{}">{}</a>'
PRE = re.compile(r"<pre\b.*?</pre>", re.DOTALL)

# In prose: inline code, and the tags of the elements whose inline code is not linked.
PROSE = re.compile(r"<code>(?P<code>[^<]*)</code>|<(?P<close>/?)(?P<tag>h[1-6]|a|summary)\b[^>]*>")

# In code (Pygments' HTML): a dotted name, `torch.autograd.grad`, that is not itself an
# attribute of something (`x.grad`).
CHAIN = re.compile(r'(?<!<span class="o">\.</span>)<span class="n">\w+</span>(?:<span class="o">\.</span><span class="n">\w+</span>)*')
NAME = re.compile(r'<span class="n">(\w+)</span>')
TAG = re.compile(r"<[^>]+>")


# What autograd_docs/reference.py said of each inline code (the name it names) and of each
# name (does it exist, its address), kept between builds in .cache/: answering imports torch
# (about 2.5 s). The answers depend only on the installed torch and on reference.py, which
# name the file.
_answers: dict[str, dict] = {"codes": {}, "names": {}}


def answers_file(config) -> Path:
    rules = hashlib.sha256(Path(reference.__file__).read_bytes()).hexdigest()[:12]
    return Path(config.config_file_path).parent / ".cache" / "reference-links" / f"torch-{torch_version()}-{rules}.json"


def on_config(config):
    file = answers_file(config)
    _answers.update(json.loads(file.read_text(encoding="utf-8")) if file.is_file() else {"codes": {}, "names": {}})


def name_in(code: str) -> Name | None:
    codes = _answers["codes"]
    if code not in codes:
        name = reference.name_in(code)
        codes[code] = name and [name.qualified, name.strict]
    return codes[code] and Name(*codes[code])


def exists(qualified: str) -> bool:
    return _answer(qualified)[0]


def address(qualified: str) -> str | None:
    return _answer(qualified)[1]


def _answer(qualified: str) -> list:
    names = _answers["names"]
    if qualified not in names:
        found = reference.exists(qualified)
        names[qualified] = [found, reference.address(qualified) if found else None]
    return names[qualified]


def on_post_build(config):
    file = answers_file(config)
    if file.is_file() and json.loads(file.read_text(encoding="utf-8")) == _answers:
        return
    file.parent.mkdir(parents=True, exist_ok=True)
    partial = file.with_name(f"{file.name}.{os.getpid()}")  # whole, then moved: another build may read it
    partial.write_text(json.dumps(_answers, indent=0, sort_keys=True), encoding="utf-8")
    os.replace(partial, file)


def on_page_content(content, page, config, files):
    notebook = not page.file.src_uri.endswith(".md")
    imports: dict[str, str] = {}
    prose = _Prose(page, config)
    pieces, start = [], 0
    for block in PRE.finditer(content):
        if not notebook:
            imports = {}  # each example is a program of its own
        pieces += [prose.linked(content[start : block.start()]), _linked_code(block.group(0), imports)]
        start = block.end()
    return "".join([*pieces, prose.linked(content[start:])])


class _Prose:
    """Links inline code in a page's prose, in page order (the pieces between code blocks)."""

    def __init__(self, page, config):
        self.page, self.config = page, config
        self.open_tags = 0  # headings, links and summaries around the current position
        self.section_links: set[str] = set()  # the addresses linked since the last heading

    def linked(self, text: str) -> str:
        return PROSE.sub(self._replace, text)

    def _replace(self, match) -> str:
        if match["tag"]:
            self.open_tags += -1 if match["close"] else 1
            if match["tag"].startswith("h") and not match["close"]:
                self.section_links = set()
            return match.group(0)
        code = html.unescape(match["code"])
        name = name_in(code)
        if name is None:
            return match.group(0)
        if not exists(name.qualified):
            if name.strict:
                log.warning(f"{self._where(code)}: `{code}` names {name.qualified}, which torch {torch_version()} does not have")
            return match.group(0)
        url = address(name.qualified)
        if url is None or self.open_tags or url in self.section_links:
            return match.group(0)
        self.section_links.add(url)
        return LINK.format(url, match.group(0))

    def _where(self, code: str) -> str:
        """The file and line that write the code (for a notebook, the text cells' file in the
        language being built), or the page's file."""
        source = Path(self.config.docs_dir) / self.page.file.src_uri
        files = [Path(self.page.file.abs_src_path)]
        if source.suffix == ".ipynb":  # in another language, a notebook made from it and its translation
            files += [translation_of(source, building(self.config)), source]
        for path in files:
            if path.is_file():
                for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                    if f"`{code}`" in line:
                        return f"{relative(path)}:{number}"
        return relative(source)


def _linked_code(block: str, imports: dict[str, str]) -> str:
    """A code block with its names of torch objects linked; `imports` (the names bound to
    torch's modules and objects so far) grows by the block's imports."""
    imports.update({"torch": "torch", **imported_from_torch(html.unescape(TAG.sub("", block)))})

    def link(match):
        root, *attributes = NAME.findall(match.group(0))
        url = address(".".join([imports[root], *attributes])) if root in imports else None
        return LINK.format(url, match.group(0)) if url else match.group(0)

    return CHAIN.sub(link, block)


@functools.cache  # every language shows the same code; callers only read the dict
def imported_from_torch(code: str) -> dict[str, str]:
    """The names that code's imports bind to torch's modules and objects, with what each
    names: {"nn": "torch.nn", "F": "torch.nn.functional", "grad": "torch.func.grad"}."""
    try:
        tree = ast.parse(code)
    except SyntaxError:  # a notebook cell with a shell command or a magic
        return {}
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "torch":
                    names[alias.asname or "torch"] = alias.name if alias.asname else "torch"
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").split(".")[0] == "torch":
            names.update({alias.asname or alias.name: f"{node.module}.{alias.name}" for alias in node.names if alias.name != "*"})
    return names
