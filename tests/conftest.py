"""Fixtures shared by the tests of the built site: the builds, a server, a browser.

A build works on one core for about 10 s. The builds that the selected tests need (the
site, and its offline copy) run in the background as soon as the tests are collected,
beside the examples, one after the other: the offline copy's reuses what the site's kept
in .cache/ (the exercise notebooks rendered, the reference links' answers), which from a
fresh clone saves it about 9 s of work. A fixture waits for its build when a test needs it.
"""

import shutil
import subprocess
import tempfile
import threading
from concurrent.futures import Future
from pathlib import Path

import pytest

from autograd_docs.browser import chromium, missing_browser, serve
from autograd_docs.offline import NAME, start_offline_build, zip_copy
from autograd_docs.project import finished, start_build

# Each build, in the order they run: the fixture that waits for it, and how it starts into a folder.
BUILDS = {"built_site": ("site", start_build), "offline_zip": (NAME, start_offline_build)}
BUILT = pytest.StashKey[dict]()  # fixture name -> Future of (folder, finished build)
RUNNING = pytest.StashKey[list]()  # the build running now, if any
BUILDER = pytest.StashKey[threading.Thread]()
STOPPING = pytest.StashKey[threading.Lock]()  # held while a build starts, and while the session stops them
SCRATCH = pytest.StashKey[Path]()


def pytest_configure(config):
    config.stash[BUILT] = {}
    config.stash[RUNNING] = []
    config.stash[STOPPING] = threading.Lock()
    config.stash[SCRATCH] = Path(tempfile.mkdtemp(prefix="autograd-docs-builds-"))


def pytest_collection_finish(session):
    config = session.config
    needed = {name for item in session.items for name in getattr(item, "fixturenames", ())}
    built = config.stash[BUILT] = {fixture: Future() for fixture in BUILDS if fixture in needed}

    def build_in_turn():
        for fixture, future in built.items():
            folder, start = config.stash[SCRATCH] / BUILDS[fixture][0], BUILDS[fixture][1]
            try:
                with config.stash[STOPPING]:  # a build starts whole, or not once the session ends
                    if not future.set_running_or_notify_cancel():
                        continue
                    config.stash[RUNNING][:] = [build := start(folder)]
                future.set_result((folder, finished(build)))
            except BaseException as error:  # noqa: BLE001 - the fixture fails with it
                future.set_exception(error)

    config.stash[BUILDER] = threading.Thread(target=build_in_turn, daemon=True)
    config.stash[BUILDER].start()


def pytest_unconfigure(config):
    with config.stash[STOPPING]:
        for future in config.stash[BUILT].values():
            future.cancel()  # a build not started yet never starts
        for build in config.stash[RUNNING]:
            build.kill()  # the session was interrupted (a build that has ended ignores this)
    if BUILDER in config.stash:
        config.stash[BUILDER].join()
    shutil.rmtree(config.stash[SCRATCH], ignore_errors=True)


def built(request, fixture: str) -> tuple[Path, subprocess.CompletedProcess]:
    return request.config.stash[BUILT][fixture].result()


@pytest.fixture(scope="session")
def built_site(request):
    """The site as `mkdocs build --strict` writes it; fails on the first warning."""
    site, build = built(request, "built_site")
    if build.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{build.stderr}", pytrace=False)
    return site


@pytest.fixture(scope="session")
def offline_zip(request, tmp_path_factory) -> Path:
    """The offline copy zipped, as `make offline` makes it, into a folder standing for site/."""
    copy, build = built(request, "offline_zip")
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


def pytest_collection_modifyitems(items):
    """The browser's page checks last: their visits run in the background from the browser
    module's first test (tests/test_browser.py), beside every test after it (the notebooks
    in their kernels, the offline copy, ...), which keeps both cores busy to the end."""
    items.sort(key=lambda item: getattr(item, "originalname", None) == "test_page")
