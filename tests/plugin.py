"""pytest plugin: run every example on the site and check the output each page states.

pytest-markdown-docs collects one test per python fence on every page. This plugin
  - expands the fences' --8<-- includes with pymdownx.snippets, so a test runs the code a
    reader sees;
  - runs that code with its own runner, which captures what it prints and compares it
    with the stated output below the fence;
  - with --update-outputs, writes what the code printed as the stated output instead.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from pymdownx.snippets import SnippetMissingError
from pytest_markdown_docs._runners import _Runner, register_runner

from tests.examples import (
    PYTHON_FENCES,
    SNIPPETS,
    ExampleError,
    expand,
    read_page,
    relative,
    run_snippet,
    snippet_traceback,
)

# The example that prints torch's version: its stated output records which torch wrote them all.
VERSION_OUTPUT = SNIPPETS / "about" / "torch_version.out"


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="write each example's printed output as its stated output (after an intended change)",
    )


def pytest_configure(config):
    global CONFIG  # the runner below is called without the config
    CONFIG = config
    config.updated_outputs = []


def pytest_report_header(config):
    return version_note()


@functools.cache
def version_note() -> str | None:
    """One line, if the installed torch is not the one that recorded the outputs."""
    import torch

    recorded = VERSION_OUTPUT.read_text(encoding="utf-8").strip() if VERSION_OUTPUT.exists() else "(unknown)"
    if recorded != torch.__version__:
        return f"NOTE: the stated outputs were recorded with torch {recorded}, but torch {torch.__version__} is installed."
    return None


class IncludingMarkdownIt(MarkdownIt):
    """The parser pytest-markdown-docs uses by default, plus the includes of python fences expanded."""

    def parse(self, src, env=None):
        tokens = super().parse(src, env)
        for token in tokens:
            if token.type == "fence" and token.info.split()[:1] and token.info.split()[0] in PYTHON_FENCES:
                # A fence that breaks the rules of examples is left as it is: the runner
                # reports what is wrong with it, naming the page and line.
                with contextlib.suppress(SnippetMissingError):
                    token.content = expand(token.content)
        return tokens


@pytest.hookimpl(tryfirst=True)
def pytest_markdown_docs_markdown_it():
    return IncludingMarkdownIt("commonmark")


class OutputMismatch(Exception):
    pass


@register_runner(default=True)
class ExampleRunner(_Runner):
    """Runs one python fence of a page and checks its printed output."""

    def runtest(self, test, args, **_):
        example = next(example for example in read_page(Path(test.source_path)) if example.line == test.start_line)
        # pytest-markdown-docs pads the code with blank lines so that line numbers match the
        # page; the code comes from the snippet file, so we number it as that file.
        code = test.source[test.start_line :]
        run = run_snippet(code, example.snippet)
        stated = example.stated_output()
        if run.printed == stated:
            return
        if CONFIG.getoption("update_outputs"):
            example.output.write_text(run.printed, encoding="utf-8")
            CONFIG.updated_outputs.append(example.output)
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

    def repr_failure(self, test, excinfo, style=None):
        if isinstance(excinfo.value, (OutputMismatch, ExampleError)):
            return str(excinfo.value)
        return str(excinfo.getrepr(style="short"))


def pytest_terminal_summary(terminalreporter, config):
    for output in config.updated_outputs:
        terminalreporter.write_line(f"updated {relative(output)}")
