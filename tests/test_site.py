"""The site as a whole: every page follows the rules of examples, every snippet file is
shown on a page, and the site builds without a warning."""

import os
import subprocess
import sys

import pytest

from tests.examples import ROOT, SNIPPETS, ExampleError, embedded_files, pages, read_page, relative


@pytest.mark.parametrize("page", pages(), ids=relative)
def test_page_follows_the_rules_of_examples(page):
    try:
        read_page(page)
    except ExampleError as error:
        problem = str(error)
    else:
        return
    pytest.fail(problem, pytrace=False)


def test_every_snippet_file_is_shown_on_a_page():
    shown = embedded_files()
    orphans = sorted(
        relative(path)
        for path in SNIPPETS.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path not in shown
    )
    if orphans:
        pytest.fail("no page shows these snippet files (embed them, or delete them):\n" + "\n".join(orphans), pytrace=False)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The site as `mkdocs build --strict` writes it; fails on the first warning."""
    site = tmp_path_factory.mktemp("site")
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    if build.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{build.stderr}", pytrace=False)
    return site


def test_site_builds_without_warnings(built_site):
    assert (built_site / "index.html").is_file()
