"""Fixtures shared by the tests of the built site: the build, its server, a browser."""

import pytest

from autograd_docs.browser import chromium, missing_browser, serve
from autograd_docs.project import build_site


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The site as `mkdocs build --strict` writes it; fails on the first warning."""
    site = tmp_path_factory.mktemp("site")
    build = build_site(site)
    if build.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{build.stderr}", pytrace=False)
    return site


@pytest.fixture(scope="session")
def site_address(built_site):
    with serve(built_site) as address:
        yield address


@pytest.fixture(scope="session")
def browser():
    reason = missing_browser()
    if reason:
        pytest.skip(f"browser tests skipped: {reason}")
    with chromium() as browser:
        yield browser
