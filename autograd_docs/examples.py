"""The site's examples: how pages embed snippets, and what running a snippet prints.

A page shows an example as two fences, the snippet's code and, right below it, the
output it prints:

    ```python title="accumulate.py"
    --8<-- "zeroing/accumulate.py"
    ```

    ``` { .text .output title="Output" }
    --8<-- "zeroing/accumulate.out"
    ```

Both includes are expanded by pymdownx.snippets with the options in mkdocs.yml, so the
tests, the notebooks and the build read what the reader reads (`Example.code`,
`Example.stated_output`).

An example that needs more than a minute raises its limit on its code fence, written in
the brace form: ``` { .python title="slow.py" data-time-limit="300" } ```.
"""

from __future__ import annotations

import contextlib
import functools
import io
import linecache
import re
import signal
import sys
import threading
import traceback
import warnings
from dataclasses import dataclass, field, replace
from pathlib import Path

import markdown
from markdown_it import MarkdownIt

from autograd_docs.project import ROOT, SNIPPETS, markdown_pages, mkdocs_config, relative

PYTHON_FENCES = {"py", "python", "python3"}
# Examples are fences, which are blocks: parsing the text inside paragraphs would only cost time.
BLOCKS = MarkdownIt("commonmark").disable("inline")
TRACEBACK = "Traceback (most recent call last):\n"
TIME_LIMIT = 60  # seconds; generous: every example here runs in well under one


class ExampleError(Exception):
    """A page or snippet breaks the rules of examples; the message names the file and line."""


@functools.cache
def snippet_preprocessor():
    """pymdownx.snippets' own preprocessor, configured as in mkdocs.yml."""
    options = next(
        entry["pymdownx.snippets"]
        for entry in mkdocs_config()["markdown_extensions"]
        if isinstance(entry, dict) and "pymdownx.snippets" in entry
    )
    # mkdocs resolves base_path against the working directory; the tests run from anywhere.
    options = {**options, "base_path": [str(ROOT / base) for base in options["base_path"]]}
    md = markdown.Markdown(extensions=["pymdownx.snippets"], extension_configs={"pymdownx.snippets": options})
    return md.preprocessors["snippet"]


def expand(text: str) -> str:
    """Text with its --8<-- includes replaced by the files' contents, as the built page has it."""
    return "\n".join(snippet_preprocessor().run(text.splitlines()))


def included_path(text: str) -> str | None:
    """The file that a fence embeds, if its whole content is one --8<-- "path" line."""
    lines = text.strip("\n").splitlines()
    if len(lines) != 1:
        return None
    match = snippet_preprocessor().RE_ALL_SNIPPETS.match(lines[0])
    if not match or not match.group("snippet"):
        return None
    return match.group("snippet")[1:-1].strip()


def resolve(include: str) -> Path | None:
    """The snippet file that an include names, found the way pymdownx.snippets finds it."""
    found = snippet_preprocessor().get_snippet_path(include)
    return Path(found) if found else None


FENCE_WORD = re.compile(r'([\w-]+)="([^"]*)"|\.?[\w-]+')


def fence_info(info: str) -> tuple[str, tuple[str, ...], dict[str, str]]:
    """A fence's language, classes and key="value" options, in either form superfences reads:
    `python title="a.py"` or `{ .python title="a.py" }`."""
    braced = info.strip().startswith("{")
    words = [match for match in FENCE_WORD.finditer(info)]
    options = {match.group(1): match.group(2) for match in words if match.group(1)}
    names = [match.group(0) for match in words if not match.group(1)]
    classes = tuple(name[1:] for name in names if name.startswith("."))
    language = (classes[0] if classes else "") if braced else (names[0] if names else "")
    return language, classes, options


@dataclass(frozen=True)
class Example:
    page: Path
    line: int  # the line of the code fence in the page's Markdown
    include: str  # as the page names the snippet: "zeroing/accumulate.py"
    snippet: Path
    output_line: int  # the line of the output fence
    end_line: int  # the last line of the output fence
    output_classes: tuple[str, ...] = ()  # e.g. ("graph",): autograd_docs/pictures.py draws the output
    time_limit: float = TIME_LIMIT

    @property
    def where(self) -> str:
        return f"{relative(self.page)}:{self.line}"

    @property
    def output(self) -> Path:
        """The file of the stated output: beside the snippet, named <snippet>.out."""
        return self.snippet.with_suffix(".out")

    @property
    def code(self) -> str:
        """The snippet's code, as the page shows it and a reader copies it."""
        return expand(f'--8<-- "{self.include}"')

    def stated_output(self) -> str | None:
        """The output the page shows under the code, or None if it was never recorded."""
        if not self.output.exists():
            return None
        return expand(f'--8<-- "{self.output.relative_to(SNIPPETS)}"\n')


def read_page(page: Path) -> tuple[Example, ...]:
    """Every example on a page, checked against the rules in this module's docstring."""
    stat = page.stat()  # read again only when the page changes (mkdocs serve, tests and build share it)
    return _read_page(page, stat.st_mtime_ns, stat.st_size)


@functools.cache
def _read_page(page: Path, mtime_ns: int, size: int) -> tuple[Example, ...]:
    return read_markdown(page.read_text(encoding="utf-8"), page)


def examples_in(markdown: str, page: Path) -> tuple[Example, ...]:
    """The examples of the Markdown that the build hands a hook for a page, their lines
    counted in that text. MkDocs hands the page's text without its front matter: then they
    are the page file's examples (read once while the file is unchanged), moved up by the
    front matter's lines. A text that an earlier hook changed is read anew."""
    file_text, handed = page.read_text(encoding="utf-8").rstrip(), markdown.rstrip()  # handed without its last newline
    if not file_text.endswith(handed):
        return read_markdown(markdown, page)
    shift = file_text.count("\n", 0, len(file_text) - len(handed))
    return tuple(
        replace(example, line=example.line - shift, output_line=example.output_line - shift, end_line=example.end_line - shift)
        for example in read_page(page)
    )


def read_markdown(text: str, page: Path) -> tuple[Example, ...]:
    """The examples of a page's Markdown text; lines are counted in that text. (The build's
    hooks, handed a page without its front matter, read its examples with examples_in.)"""
    tokens = BLOCKS.parse(text)
    examples = []
    for index, token in enumerate(tokens):
        if token.type not in ("fence", "code_block"):
            continue
        where = f"{relative(page)}:{token.map[0] + 1}"
        include = included_path(token.content)
        if token.type == "code_block":
            # Indented (inside an admonition or a tab): the tests cannot see it.
            if include and include.endswith((".py", ".out")):
                raise ExampleError(
                    f"{where}: {include} is embedded in an indented block (admonition or tab?), "
                    "where the tests cannot run it; embed examples at the top level of the page"
                )
            continue
        if fence_info(token.info)[0] in PYTHON_FENCES:
            examples.append(_example_at(page, tokens, index, include))
        elif include and include.endswith(".out") and not _is_code_fence_of(tokens[index - 1], include):
            raise ExampleError(
                f"{where}: stated output {include} has no code above it; "
                f'put the fence embedding {include[:-4]}.py right above it'
            )
    return tuple(examples)


def _is_code_fence_of(token, output_include: str) -> bool:
    return token.type == "fence" and included_path(token.content) == output_include[:-4] + ".py"


def _example_at(page: Path, tokens, index: int, include: str | None) -> Example:
    token = tokens[index]
    where = f"{relative(page)}:{token.map[0] + 1}"
    if include is None or not include.endswith(".py"):
        raise ExampleError(
            f"{where}: a python block must hold exactly one line, "
            '--8<-- "<page>/<name>.py": every example is a snippet file, so that its output is checked'
        )
    snippet = resolve(include)
    if snippet is None:
        raise ExampleError(f"{where}: snippet {include} not found in snippets/")
    _, _, options = fence_info(token.info)
    if "title" not in options:
        raise ExampleError(f'{where}: give the code block a title: ```python title="{snippet.name}"')
    output_include = include[:-3] + ".out"
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None or after.type != "fence" or included_path(after.content) != output_include:
        raise ExampleError(
            f"{where}: {include} has no stated output right below it; add\n"
            f'``` {{ .text .output title="Output" }}\n--8<-- "{output_include}"\n```'
        )
    return Example(
        page,
        token.map[0] + 1,
        include,
        snippet,
        after.map[0] + 1,
        after.map[1],
        fence_info(after.info)[1],
        float(options.get("data-time-limit", TIME_LIMIT)),
    )


# The example that prints torch's release: its stated output records which torch printed them all.
VERSION_OUTPUT = SNIPPETS / "about" / "torch_version.out"


def release(version: str) -> str:
    """A torch version without its local tag, which names the build: 2.13.0+cpu -> 2.13.0."""
    return version.strip().split("+")[0]


def recorded_torch_release() -> str | None:
    """The torch release that printed the stated outputs, or None if it was never recorded."""
    return release(VERSION_OUTPUT.read_text(encoding="utf-8")) if VERSION_OUTPUT.exists() else None


def pages() -> list[Path]:
    return markdown_pages()


def all_examples() -> list[Example]:
    return [example for page in pages() for example in read_page(page)]


def pages_with_examples() -> list[Path]:
    """Pages that show examples; a page whose examples break the rules counts, so its tests run and fail."""

    def has_examples(page):
        try:
            return bool(read_page(page))
        except ExampleError:
            return True

    return [page for page in pages() if has_examples(page)]


def embedded_files() -> set[Path]:
    """Every file that some page embeds, wherever the include stands."""
    found = set()
    for page in pages():
        for line in page.read_text(encoding="utf-8").splitlines():
            include = included_path(line)
            if include and (path := resolve(include)):
                found.add(path)
    return found


# Running a snippet ---------------------------------------------------------------------

def global_state() -> dict[str, object]:
    """The process-wide state that an example could change and a new Python process starts
    without: the runner puts it back before each example, and fails an example that leaves
    it changed, since the examples after it would print something a reader would not see."""
    import torch
    import torch.autograd.forward_ad
    import torch.nn.modules.module as module

    hooks = {name: len(value) for name, value in vars(module).items() if name.startswith("_global_") and isinstance(value, dict)}
    return {
        "grad mode": torch.is_grad_enabled(),
        "inference mode": torch.is_inference_mode_enabled(),
        "anomaly detection": (torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled()),
        "forward-mode AD level": torch.autograd.forward_ad._current_level,
        "saved-tensors hooks": torch._C._autograd._top_saved_tensors_default_hooks(False) is not None,
        "global module hooks": hooks,
        "default dtype": torch.get_default_dtype(),
        "default device": str(torch.get_default_device()),
        "deterministic algorithms": (
            torch.are_deterministic_algorithms_enabled(),
            torch.is_deterministic_algorithms_warn_only_enabled(),
        ),
        "threads": torch.get_num_threads(),
    }


@functools.cache
def _fresh_state() -> dict[str, object]:
    """global_state() as this process started it (torch is imported with it)."""
    return global_state()


def reset_torch() -> None:
    """Put torch's global state back to what a new Python process starts with, where it can
    be put back; global_state() tells what could not."""
    import torch
    import torch.nn.modules.module as module

    fresh = _fresh_state()
    torch.set_grad_enabled(True)
    torch.autograd.set_detect_anomaly(False)
    torch.set_default_dtype(fresh["default dtype"])
    torch.set_default_device(None if fresh["default device"] == "cpu" else fresh["default device"])
    torch.use_deterministic_algorithms(False)
    torch.set_num_threads(fresh["threads"])
    for name, count in fresh["global module hooks"].items():
        hooks = getattr(module, name)
        for key in list(hooks)[count:]:  # hooks a snippet registered and did not remove
            del hooks[key]
    torch.set_printoptions(profile="default")
    # A new process starts from an unpredictable seed: a snippet that prints random
    # numbers without seeding them fails, as its output would differ for a reader too.
    # (The CPU's generator: torch.seed() also queues a seeding of every other device type,
    # writing out the call's stack each time, a third of the runner's own time.)
    torch.default_generator.seed()


def changed_global_state() -> list[str]:
    """What of global_state() differs from a new process's."""
    now, fresh = global_state(), _fresh_state()
    return [name for name in fresh if now[name] != fresh[name]]


def _python_warning_filters() -> None:
    """The warning filters of a plain `python file.py` run (not pytest's)."""
    warnings.resetwarnings()
    for category in (ResourceWarning, ImportWarning, PendingDeprecationWarning, DeprecationWarning):
        warnings.filterwarnings("ignore", category=category)
    warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")


class TimeLimitExceeded(BaseException):
    """Raised inside a snippet that runs past its time limit. A BaseException, so that the
    snippet's own `except Exception` cannot swallow it."""


@contextlib.contextmanager
def _time_limit(seconds: float):
    """Interrupt the code inside after `seconds` (a loop that never ends would hang the suite)."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signals reach only the main thread; the tests run examples there
        return

    def interrupt(signum, frame):
        raise TimeLimitExceeded(seconds)

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _torch_folder() -> str:
    import torch

    return str(Path(torch.__file__).parent)


# Where a warning was raised, as Python writes it first on the warning's line: "file:line: ".
WARNING_LOCATION = re.compile(r"^(?P<file>[^\n]*?):(?P<line>\d+): (?=\w+: )", re.MULTILINE)
# Where torch's C++ code raised a warning, at the end of its message.
CPP_LOCATION = re.compile(r"\(Triggered internally at (?:[^\s()]*/)?(?P<file>[^/\s()]+):\d+\.\)")


def shorten_locations(text: str) -> str:
    """Warnings as `formatwarning` writes them, with their locations shortened: the snippet's
    file without its folder (`/home/you/a.py:6:` reads `a.py:6:`), and a place in torch's
    own code as its file name alone, without folder or line number, in Python
    (`.../torch/autograd/graph.py:979:` reads `graph.py:`) and in C++
    (`(Triggered internally at /__w/.../TensorBody.h:493.)` reads `(Triggered internally
    at TensorBody.h.)`): torch's folders differ from build to build, and its line numbers
    move with every release."""

    def short(match: re.Match) -> str:
        path = match.group("file")
        if path.startswith(_torch_folder() + "/"):
            return f"{Path(path).name}: "
        return f"{Path(path).name}:{match.group('line')}: "

    return CPP_LOCATION.sub(r"(Triggered internally at \g<file>.)", WARNING_LOCATION.sub(short, text))


@dataclass
class Run:
    printed: str
    error: BaseException | None
    changed: list[str] = field(default_factory=list)  # global state the snippet left changed


def run_snippet(code: str, path: Path, time_limit: float = TIME_LIMIT) -> Run:
    """Run code as `python <path>` would, in a fresh namespace, and return what it printed.

    stdout, stderr and warnings land in one text, in the order they happen. Two things
    are written shorter than Python writes them, because they hold paths of the machine:
    a warning names its file without the folder (shorten_locations), and a traceback
    keeps its first and last line, with "  ..." between (as doctest does).
    A run past `time_limit` seconds is stopped: its error is TimeLimitExceeded. The global
    state it leaves changed (global_state()) is named in the Run, then put back.
    """
    printed = io.StringIO()

    def show_warning(message, category, filename, lineno, file=None, line=None):
        line = line if line is not None else linecache.getline(filename, lineno)
        printed.write(shorten_locations(warnings.formatwarning(message, category, filename, lineno, line)))

    _fresh_state()
    reset_torch()
    modules = set(sys.modules)
    namespace = {"__name__": "__main__", "__file__": str(path)}
    error = None
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed), warnings.catch_warnings():
        _python_warning_filters()
        warnings.showwarning = show_warning
        try:
            with _time_limit(time_limit):
                exec(compile(code, str(path), "exec"), namespace)
        except TimeLimitExceeded as stopped:
            error = stopped
        except Exception as raised:  # noqa: BLE001 - a snippet may demonstrate any error
            error = raised
            printed.write(f"{TRACEBACK}  ...\n")
            printed.write("".join(traceback.format_exception_only(raised)))
    changed = changed_global_state()
    reset_torch()
    # Modules the snippet made up (not imported from a file) would be found by the next one.
    for name in set(sys.modules) - modules:
        if getattr(sys.modules[name], "__spec__", None) is None:
            del sys.modules[name]
    return Run(printed.getvalue(), error, changed)


def snippet_traceback(error: BaseException, snippet: Path) -> str:
    """The frames of a traceback that lie in the snippet, then the error."""
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename == str(snippet)]
    lines = [f'  File "{relative(snippet)}", line {frame.lineno}\n    {frame.line}\n' for frame in frames]
    return "".join(lines) + "".join(traceback.format_exception_only(error))
