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


def start_build(site: Path, *extra: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    """`mkdocs build --strict` into the folder `site`, started in the background (it works
    on one core for a while): `.communicate()` waits for it. `env` is added to the
    environment (mkdocs.yml reads some settings from it)."""
    return subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site), *extra],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**QUIET_MKDOCS, **(env or {})},
    )


def build_site(site: Path, *extra: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` into the folder `site`; the caller decides what a failure means."""
    return finished(start_build(site, *extra, env=env))


def finished(build: subprocess.Popen) -> subprocess.CompletedProcess:
    """A started build once it has ended, with what it printed."""
    stdout, stderr = build.communicate()
    return subprocess.CompletedProcess(build.args, build.returncode, stdout, stderr)


@functools.cache
def languages() -> tuple[str, ...]:
    """The site's languages (the i18n plugin's locales), the default one first."""
    plugins = [entry for entry in mkdocs_config()["plugins"] if isinstance(entry, dict) and "i18n" in entry]
    if not plugins:
        return ("en",)
    locales = plugins[0]["i18n"]["languages"]
    default = next(entry["locale"] for entry in locales if entry.get("default"))
    return (default, *(entry["locale"] for entry in locales if entry["locale"] != default))


def language_of(page: Path) -> str:
    """A page's language: the suffix before .md (grad.zh.md), or the default language."""
    suffixes = page.suffixes
    return suffixes[-2][1:] if len(suffixes) > 1 and suffixes[-2][1:] in languages() else languages()[0]


def untranslated(page: Path) -> Path:
    """The page of the default language that a page translates (grad.zh.md: grad.md)."""
    language = language_of(page)
    return page if language == languages()[0] else page.with_name(page.name.replace(f".{language}.", ".", 1))


def is_notebook_translation(path: Path) -> bool:
    """A translation of an exercise notebook's text cells (exercises/grad.zh.md beside
    grad.ipynb): the build puts it into the notebook; it is no page of its own."""
    return path.suffix == ".md" and path.with_name(path.name.split(".")[0] + ".ipynb").exists()


def markdown_pages() -> list[Path]:
    """The Markdown pages of docs/, in every language."""
    return sorted(path for path in DOCS.rglob("*.md") if not is_notebook_translation(path))


def language_folder(language: str) -> str:
    """Where a language's pages land below the site's root: "" or "zh/"."""
    return "" if language == languages()[0] else f"{language}/"


def page_url(page: Path, language: str | None = None, directory_urls: bool = True) -> str:
    """Where a page of docs/ lands, relative to the site's root: "", "grad/", "zh/exercises/grad/".
    An exercise notebook (grad.ipynb) lands once per language; name which with `language`.
    Without directory URLs (the offline copy), the page's file: "index.html", "zh/grad.html"."""
    path = untranslated(page).relative_to(DOCS).with_suffix("")
    folder = language_folder(language or language_of(page))
    if not directory_urls:
        return f"{folder}{path.as_posix()}.html"
    if path.name == "index":
        path = path.parent
    return folder if path == Path(".") else f"{folder}{path.as_posix()}/"


def site_pages() -> list[str]:
    """Every page of the site, as its address below the site's root, in a stable order: each
    Markdown page of docs/, and each exercise notebook in every language."""
    notebooks = DOCS.rglob("*.ipynb")
    return sorted(
        {page_url(path, language) for path in notebooks for language in languages()}
        | {page_url(path) for path in markdown_pages()}
    )


def language_settings(language: str) -> dict:
    """What the i18n plugin's entry for a language sets (site_name, extra, ...), {} if none."""
    plugins = [entry["i18n"] for entry in mkdocs_config()["plugins"] if isinstance(entry, dict) and "i18n" in entry]
    return next((entry for entry in plugins[0]["languages"] if entry["locale"] == language), {}) if plugins else {}


def words(language: str) -> dict[str, str]:
    """The site's own words in a language (extra.words, or the language's in the i18n plugin)."""
    return (language_settings(language).get("extra") or {}).get("words") or mkdocs_config()["extra"]["words"]
