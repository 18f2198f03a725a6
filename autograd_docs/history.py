"""When each page last changed, read from git.

A page changes when its Markdown changes, and also when an example it shows or that
example's output changes (an exercise: its notebook, or the file of its translated text
cells). Its date is the newest commit date among those files.

A checkout with no history, or with only part of it (a downloaded archive; a shallow clone,
as CI services make by default), cannot say when a file last changed: its one commit would
date every file. There the pages show no date rather than a wrong one.
"""

from __future__ import annotations

import functools
import subprocess
from pathlib import Path

from autograd_docs.examples import read_page
from autograd_docs.notebooks import translation_of
from autograd_docs.project import ROOT, languages


def _git(root: Path, *arguments: str) -> str | None:
    try:
        done = subprocess.run(["git", "-c", "core.quotepath=off", *arguments], cwd=root, capture_output=True, text=True)
    except OSError:  # no git
        return None
    return done.stdout if done.returncode == 0 else None


@functools.cache
def commit_dates(root: Path = ROOT) -> dict[Path, str] | None:
    """Each file's last commit date (YYYY-MM-DD), from one `git log`; None where the
    history is missing or shallow."""
    top = _git(root, "rev-parse", "--show-toplevel")
    if top is None or _git(root, "rev-parse", "--is-shallow-repository") != "false\n":
        return None
    log = _git(root, "log", "--format=%x00%cs", "--name-only", "--no-renames")
    dates: dict[Path, str] = {}
    date = None
    for line in (log or "").splitlines():
        if line.startswith("\0"):
            date = line[1:]
        elif line:
            dates.setdefault(Path(top.strip()) / line, date)  # the newest commit comes first
    return dates


def page_sources(source: Path, language: str) -> list[Path]:
    """The files a page is made of: the page, and the examples it shows with their outputs;
    for an exercise, its notebook and, in another language, its translated text cells."""
    if source.suffix == ".ipynb":
        return [source] + ([translation_of(source, language)] if language != languages()[0] else [])
    return [source] + [path for example in read_page(source) for path in (example.snippet, example.output)]


def last_changed(source: Path, language: str) -> str | None:
    """The date a page last changed (YYYY-MM-DD), or None if the history cannot say."""
    dates = commit_dates()
    if dates is None:
        return None
    known = [dates[path] for path in page_sources(source, language) if path in dates]
    return max(known, default=None)
