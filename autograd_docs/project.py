"""Where things are: the project's folders, its mkdocs.yml, building the site, and where a
page lands in the built site. Everything else asks here."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from pathlib import Path


def _find_root() -> Path:
    """The folder that holds mkdocs.yml: the working directory or the nearest one above it.

    Taken from the working directory, not from this file, because the package is installed
    once and serves any copy of the project (tests/test_broken_examples.py builds one)."""
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / "mkdocs.yml").is_file():
            return folder
    raise SystemExit(f"no mkdocs.yml in {here} or above it: run this from the project's folder")


ROOT = _find_root()
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"

# Material 9.7+ prints a banner about MkDocs 2.0 on every run unless this is set.
QUIET_MKDOCS = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def relative(path: Path) -> str:
    """A path as the messages show it: from the project's folder."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


@functools.cache
def mkdocs_config() -> dict:
    """mkdocs.yml as MkDocs reads it (its own YAML loader knows !ENV and !!python/name tags)."""
    from mkdocs.utils.yaml import yaml_load

    with open(ROOT / "mkdocs.yml", encoding="utf-8") as file:
        return yaml_load(file)


def build_site(site: Path, *extra: str) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` into the folder `site`; the caller decides what a failure means."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site), *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=QUIET_MKDOCS,
    )


def page_url(page: Path) -> str:
    """Where a page of docs/ lands, relative to the site's root: "", "grad/", "exercises/grad/"."""
    path = page.relative_to(DOCS).with_suffix("")
    if path.name == "index":
        path = path.parent
    return "" if path == Path(".") else f"{path.as_posix()}/"


def site_pages() -> list[str]:
    """Every page of the site (each Markdown page and exercise notebook of docs/), as its
    address below the site's root, in a stable order."""
    sources = [path for path in DOCS.rglob("*") if path.suffix in (".md", ".ipynb") and "overrides" not in path.parts]
    return sorted({page_url(path) for path in sources})
