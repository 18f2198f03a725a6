"""pytest plugin: run every example on the site and check the output each page states.

pytest-markdown-docs collects the pages (its file collector, its fence reader, its
items). This plugin
  - collects only the pages in docs/, not every module's docstrings;
  - names each test after its snippet (`docs/zeroing.md::accumulate.py`, so `-k accumulate`
    selects it), and gives a page that breaks the rules of examples one test, `rules`,
    that fails with what is wrong, instead of failing each of its fences;
  - runs each snippet once per session, however many pages embed it, as a new `python`
    would (autograd_docs/examples.py), and compares what it printed with each page's
    stated output;
  - with --update-outputs, writes what the code printed as the stated output instead.
"""

from __future__ import annotations

import difflib
import functools
from pathlib import Path

import pytest
from pytest_markdown_docs.plugin import FenceSyntax, MarkdownInlinePythonItem, MarkdownTextFile, extract_fence_tests

from autograd_docs.examples import (
    BLOCKS,
    Example,
    ExampleError,
    TimeLimitExceeded,
    read_page,
    recorded_torch_release,
    relative,
    release,
    run_snippet,
    snippet_traceback,
)
from autograd_docs.project import DOCS, is_notebook_translation

RUNS = pytest.StashKey[dict]()  # snippet path -> Run, shared by every page that embeds it
UPDATED = pytest.StashKey[list]()  # stated outputs written by --update-outputs


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="write each example's printed output as its stated output (after an intended change)",
    )


@pytest.hookimpl(trylast=True)
def pytest_configure(config):
    # pytest-markdown-docs would also import every .py file it sees to read its docstrings;
    # this plugin collects the pages itself (pytest_collect_file below), with its classes.
    config.option.markdowndocs = False
    config.stash[RUNS] = {}
    config.stash[UPDATED] = []


def pytest_collect_file(file_path: Path, parent):
    if file_path.suffix == ".md" and file_path.is_relative_to(DOCS) and not is_notebook_translation(file_path):
        return Page.from_parent(parent, path=file_path)
    return None


class Page(MarkdownTextFile):
    """A page: one test per example, named after its snippet; or one `rules` test if the page breaks the rules."""

    def collect(self):
        try:
            examples = {example.line: example for example in read_page(self.path)}
        except ExampleError as error:
            yield RulesBroken.from_parent(self, name="rules", problem=str(error))
            return
        fences = extract_fence_tests(
            BLOCKS,  # pytest_markdown_docs_markdown_it()'s parser, without the inline parsing fences do not need
            self.path.read_text(encoding="utf-8"),
            start_line_offset=0,
            source_path=self.path,
            fence_syntax=FenceSyntax.superfences,  # reads `{ .python ... }` fences too
        )
        for fence in fences:
            example = examples[fence.start_line]
            yield ExampleItem.from_parent(self, name=example.snippet.name, test_definition=fence, example=example)


class RulesBroken(pytest.Item):
    def __init__(self, *, problem: str, **kwargs):
        super().__init__(**kwargs)
        self.problem = problem

    def runtest(self):
        raise ExampleError(self.problem)

    def repr_failure(self, excinfo, style=None):
        return self.problem

    def reportinfo(self):
        return self.path, 0, f"{relative(self.path)}: rules of examples"


def pytest_report_header(config):
    return version_note()


@functools.cache
def version_note() -> str | None:
    """One line, if the installed torch is not the release that recorded the outputs
    (compared by release: 2.13.0+cpu and 2.13.0+cu130 are the same one)."""
    import torch

    recorded = recorded_torch_release() or "(unknown)"
    if recorded != release(torch.__version__):
        return f"NOTE: the stated outputs were recorded with torch {recorded}, but torch {torch.__version__} is installed."
    return None


class OutputMismatch(Exception):
    pass


class ExampleItem(MarkdownInlinePythonItem):
    """One example of a page: its snippet runs once per session, and what it printed is
    compared with this page's stated output."""

    def __init__(self, *, example: Example, **kwargs):
        super().__init__(**kwargs)
        self.example = example

    def runtest(self):
        example = self.example
        runs = self.config.stash[RUNS]
        if example.snippet not in runs:
            runs[example.snippet] = run_snippet(example.code, example.snippet, example.time_limit)
        run = runs[example.snippet]
        if isinstance(run.error, TimeLimitExceeded):
            raise OutputMismatch(
                f"{example.where}: {relative(example.snippet)} did not finish within {example.time_limit:g} s; "
                "if it needs longer, raise its limit on its fence: "
                f'``` {{ .python title="{example.snippet.name}" data-time-limit="300" }}'
            )
        if run.changed:
            raise OutputMismatch(
                f"{example.where}: {relative(example.snippet)} leaves global state changed ({', '.join(run.changed)}), "
                "so the examples after it would not print what a new `python` prints: undo it in the snippet "
                "(a `with` block, or remove what it registers through its handle)"
            )
        stated = example.stated_output()
        if run.printed == stated:
            return
        if self.config.getoption("update_outputs"):
            example.output.write_text(run.printed, encoding="utf-8")
            self.config.stash[UPDATED].append(example.output)
            return
        note = version_note()
        lead = f"{note}\n" if note else ""
        if stated is None:
            raise OutputMismatch(
                f"{lead}{example.where}: {relative(example.output)} does not exist: "
                "record it with `make update`"
            )
        if run.error is not None and run.printed.splitlines()[-1] not in stated.splitlines():
            raise OutputMismatch(
                f"{lead}{example.where}: {relative(example.snippet)} raised an error that the page does not show:\n"
                + snippet_traceback(run.error, example.snippet)
            )
        diff = difflib.unified_diff(
            stated.splitlines(keepends=True),
            run.printed.splitlines(keepends=True),
            fromfile=f"stated: {relative(example.output)} (shown at {relative(example.page)}:{example.output_line})",
            tofile=f"printed: {relative(example.snippet)}",
        )
        raise OutputMismatch(
            f"{lead}{example.where}: {relative(example.snippet)} prints something other than its stated output\n"
            + "".join(diff)
            + "\nIf the change is intended, record it with `make update`."
        )

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, OutputMismatch):
            return str(excinfo.value)
        return str(excinfo.getrepr(style="short"))


def pytest_terminal_summary(terminalreporter, config):
    for output in config.stash[UPDATED]:
        terminalreporter.write_line(f"updated {relative(output)}")
