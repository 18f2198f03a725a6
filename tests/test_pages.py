"""Every snippet file is shown on a page. (The rules of examples are checked as the pages
are collected: a page that breaks them has one failing test, `rules`.)"""

import pytest

from autograd_docs.examples import SNIPPETS, embedded_files, relative


def test_every_snippet_file_is_shown_on_a_page():
    shown = embedded_files()
    orphans = sorted(
        relative(path)
        for path in SNIPPETS.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path not in shown
    )
    if orphans:
        pytest.fail("no page shows these snippet files (embed them, or delete them):\n" + "\n".join(orphans), pytrace=False)
