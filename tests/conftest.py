"""Fixtures shared by the tests of the built site: the builds, a server, a browser.

A build works on one core for about 15 s. Both builds (the site, and its offline copy) start
in the background as soon as the tests are collected, if a selected test needs them, and go
on beside the examples and each other; a fixture waits for its build when a test needs it.
"""

import shutil
import tempfile
from pathlib import Path

import pytest

from autograd_docs.browser import chromium, missing_browser, serve
from autograd_docs.offline import NAME, start_offline_build, zip_copy
from autograd_docs.project import start_build

# Each build: the fixture that waits for it, and how it starts into a folder.
BUILDS = {"built_site": ("site", start_build), "offline_zip": (NAME, start_offline_build)}
STARTED = pytest.StashKey[dict]()  # fixture name -> (folder, build process)
SCRATCH = pytest.StashKey[Path]()


def start(config, fixture: str) -> tuple[Path, object]:
    started = config.stash[STARTED]
    if fixture not in started:
        folder = config.stash[SCRATCH] / BUILDS[fixture][0]
        started[fixture] = (folder, BUILDS[fixture][1](folder))
    return started[fixture]


def pytest_configure(config):
    config.stash[STARTED] = {}
    config.stash[SCRATCH] = Path(tempfile.mkdtemp(prefix="autograd-docs-builds-"))


def pytest_collection_finish(session):
    needed = {name for item in session.items for name in getattr(item, "fixturenames", ())}
    for fixture in BUILDS:
        if fixture in needed:
            start(session.config, fixture)


def pytest_unconfigure(config):
    for _, build in config.stash[STARTED].values():
        if build.poll() is None:  # the session was interrupted
            build.kill()
        build.communicate()
    shutil.rmtree(config.stash[SCRATCH], ignore_errors=True)


@pytest.fixture(scope="session")
def built_site(request):
    """The site as `mkdocs build --strict` writes it; fails on the first warning."""
    site, build = start(request.config, "built_site")
    _, stderr = build.communicate()
    if build.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{stderr}", pytrace=False)
    return site


@pytest.fixture(scope="session")
def offline_zip(request, tmp_path_factory) -> Path:
    """The offline copy zipped, as `make offline` makes it, into a folder standing for site/."""
    copy, build = start(request.config, "offline_zip")
    try:
        return zip_copy(build, copy, tmp_path_factory.mktemp("site"))
    except SystemExit as failure:
        pytest.fail(str(failure), pytrace=False)


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
