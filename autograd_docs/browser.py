"""The built site as readers meet it: served under a sub-path by a static server that
compresses text as real hosts do, and opened in headless Chromium (Debian's package,
driven by Playwright). Used by tests/test_browser.py, scripts/page_weight.py and
scripts/lighthouse.py.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import threading
from pathlib import Path
from urllib.parse import urlsplit


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SUB_PATH = "/autograd-docs/"  # the site is served below a folder, as a project page is
COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".ipynb", ".txt", ".xml", ".map"}


def missing_browser() -> str | None:
    """Why the browser tests cannot run here, or None."""
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install -r requirements.txt)"
    if not CHROMIUM.exists():
        return f"no Chromium at {CHROMIUM} (apt-get install chromium; .ci/run installs it)"
    return None


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the site under SUB_PATH, gzip-compressing text when the browser accepts it."""

    def log_message(self, *args):  # keep test output quiet
        pass

    def send_head(self):
        path = urlsplit(self.path).path
        if not path.startswith(SUB_PATH):
            self.send_error(404)
            return None
        self.path = "/" + path[len(SUB_PATH) :]
        local = Path(self.translate_path(self.path))
        if local.is_dir():
            if not path.endswith("/"):
                return super().send_head()  # redirect to the folder's address
            local = local / "index.html"
        if not local.is_file() or local.suffix not in COMPRESSED or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        body = gzip.compress(local.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(local)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return _Body(body)


class _Body:
    """A file-like object for SimpleHTTPRequestHandler.copyfile."""

    def __init__(self, data: bytes):
        self.data = data

    def read(self, size=-1):
        data, self.data = self.data, b""
        return data

    def close(self):
        pass


@contextlib.contextmanager
def serve(site: Path):
    """Serve a built site on 127.0.0.1; yields the site's address (ending in SUB_PATH)."""
    handler = functools.partial(_Handler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()


class Tab:
    """One browser tab that opens page after page, each as a reader's first visit: the last
    page is left first, then the cache (off as well) and the site's storage are emptied, so
    every load fetches everything (the same bytes as a new tab's) and nothing of the last
    page counts in this one's record. Reusing the tab spares a new renderer process per
    page, about 1.2 s of CPU a load here."""

    def __init__(self, browser, **context_options):
        self.context = browser.new_context(**context_options)
        self.page = self.context.new_page()
        self.devtools = self.context.new_cdp_session(self.page)
        self.devtools.send("Network.setCacheDisabled", {"cacheDisabled": True})
        self.record = _new_record()
        page = self.page
        page.on("request", lambda request: self.record["requests"].append(request))
        page.on("requestfailed", lambda request: self.record["failed"].append(f"{request.url}: {request.failure}"))
        page.on("response", lambda response: response.status >= 400 and self.record["failed"].append(f"{response.url}: {response.status}"))
        page.on("console", lambda message: message.type == "error" and self.record["errors"].append(message.text))
        page.on("pageerror", lambda error: self.record["errors"].append(str(error)))

    def load(self, address, settle=False, color_scheme=None, viewport=None):
        """Open a page, in a colour scheme and viewport if given; return it with what the
        load did (requests, failures, console errors).

        With settle, wait until the network is idle (the search index loads after the page)."""
        # Leave the last page before changing what its scripts listen to (a resize, the
        # scheme): what they would do then is not this load's.
        self.page.goto("about:blank")
        if color_scheme:
            self.page.emulate_media(color_scheme=color_scheme)
        if viewport:
            self.page.set_viewport_size(viewport)
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(address))
        storage = "local_storage,session_storage,indexeddb,cache_storage,service_workers"
        self.devtools.send("Storage.clearDataForOrigin", {"origin": origin, "storageTypes": storage})
        self.devtools.send("Network.clearBrowserCache")  # the favicon comes from it even when it is off
        self.record = _new_record()
        self.page.goto(address)
        if settle:
            self.page.wait_for_load_state("networkidle")
        return self.page, self.record

    def close(self):
        self.context.close()


def _new_record() -> dict:
    return {"requests": [], "failed": [], "errors": []}


def load(browser, address, settle=False, **context_options):
    """Open a page in a tab of its own (close it with page.context.close()); see Tab.load."""
    return Tab(browser, **context_options).load(address, settle)


def axe_violations(page, context: dict, options: dict | None = None) -> list[str]:
    """axe-core's violations on the page as it is now, one line each (rule, what it asks,
    the first elements). axe's script (570 KB) is put into the page once: a visit runs it
    in each colour scheme."""
    from axe_playwright_python.base import AXE_SCRIPT

    if page.evaluate("typeof window.axe === 'undefined'"):
        page.evaluate(AXE_SCRIPT)
    response = page.evaluate("([context, options]) => axe.run(context, options)", [context, {"resultTypes": ["violations"], **(options or {})}])
    return [
        f"{violation['id']} ({violation['help']}): {[node['target'] for node in violation['nodes']][:3]}"
        for violation in response["violations"]
    ]


def first_search_result(page, query: str) -> list[str]:
    """Search from a loaded page as a reader does; return the addresses the first result
    links to (Material lists a page, then its sections). The box is emptied first, and the
    last query's results wait to be gone, so one page can be searched from again and again.
    The query is filled in, then a key pressed: typing Chinese sends no key events, so
    Material would not see it."""
    box = page.locator("input.md-search__input")
    page.keyboard.press("/")
    box.fill("")
    page.keyboard.press("End")
    page.locator(".md-search-result__item").first.wait_for(state="detached")
    box.fill(query)
    page.keyboard.press("End")
    first_result = page.locator(".md-search-result__item").first
    first_result.wait_for()
    # Results update as the query grows: read them until two reads 300 ms apart agree.
    links, previous = None, []
    while links != previous:
        previous = links
        page.wait_for_timeout(300)
        links = first_result.locator("a").evaluate_all("links => links.map(link => link.href)")
    return links


BUDGET_BYTES = 200 * 1024  # what a page may cost on a first load, everything included


def transferred_bytes(record) -> int:
    total = 0
    for request in record["requests"]:
        if request.failure:  # no sizes to read; first_load_problems names it
            continue
        sizes = request.sizes()
        total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
    return total


def hosts(record) -> list[str]:
    return sorted({urlsplit(request.url).netloc for request in record["requests"]})


def first_load_problems(record, own_host: str) -> list[str]:
    """What is wrong with a first load (a page opened with settle=True): console errors,
    failed requests, requests to another host, more than BUDGET_BYTES transferred."""
    others = [host for host in hosts(record) if host != own_host]
    size = transferred_bytes(record)
    return (
        [f"console error: {error}" for error in record["errors"]]
        + [f"failed: {failure}" for failure in record["failed"]]
        + ([f"requests to {', '.join(others)}"] if others else [])
        + ([f"{size / 1024:.0f} KiB transferred, over {BUDGET_BYTES // 1024} KiB"] if size > BUDGET_BYTES else [])
    )
