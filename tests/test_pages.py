"""The pages: every page follows the rules of examples, and every snippet file is shown on a page."""

import pytest

from tests.examples import SNIPPETS, ExampleError, embedded_files, pages, read_page, relative


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
