"""The built site in a real browser: headless Chromium, the site served under a sub-path.

Each page is visited once: loaded in the light scheme, its light checks run, then it is
switched to the dark scheme and its dark checks run (PAGE_CHECKS); several browsers take
the pages side by side (BROWSERS), each in one tab that loads every page as a first load
(autograd_docs.browser.Tab). Each check of each page in each scheme is still its own
test, named after all three.
Skipped, with the reason, where Chromium or Playwright is missing; .ci/run installs both.
"""

from __future__ import annotations

import contextlib
import functools
import re
import subprocess
import sys
import queue
import threading
import time
from concurrent.futures import Future
from urllib.parse import urlsplit

import pytest

from autograd_docs.browser import Tab, axe_violations, chromium, first_load_problems, first_search_result, load
from autograd_docs.examples import read_page
from autograd_docs.project import DOCS, page_url, relative, site_pages

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 720}  # Playwright's default viewport


def check_load(page, record, host):
    """No console error, no failed request, no request to another host, within the page budget."""
    return first_load_problems(record, host)


def check_pictures_and_math(page, record, host):
    """Every graph, plot and formula has a rendered size, and its text (each symbol of a
    formula) contrasts with what is behind it."""
    return page.evaluate(f"() => {{ {COLOURS} {PICTURES_AND_MATH} }}")


def check_code_colours(page, record, host):
    """Each kind of token in the code (comment, number, keyword, ...) contrasts with the code's
    background: one token of each kind is measured, as all tokens of a kind look the same."""
    return page.evaluate(f"() => {{ {COLOURS} {CODE_COLOURS} }}")


# axe measures the contrast of every token of every code block and of every symbol of every
# formula, which is most of its time on a page of examples: check_code_colours measures one
# token of each kind, and check_pictures_and_math every symbol, in less time.
# (A formula's symbols are left out, not the formula: rules such as a scrolling formula's
# focus still see it.)
MEASURED_ELSEWHERE = {"exclude": [[".highlight code"], [".highlight-ipynb pre"], ["math *"]]}


def check_axe(page, record, host):
    """No axe-core violation (the colours of code and formulas: check_code_colours,
    check_pictures_and_math)."""
    return axe_violations(page, MEASURED_ELSEWHERE)


def check_axe_colours(page, record, host):
    """No axe-core violation of the rules that a colour scheme changes (the others are the same
    in both schemes, and run in the light one)."""
    return axe_violations(page, MEASURED_ELSEWHERE, {"runOnly": {"type": "rule", "values": ["color-contrast", "link-in-text-block"]}})


def check_phone_width(page, record, host):
    """At 360 px wide the page never scrolls sideways; a wide code block scrolls on its own.
    (Last: it narrows the page.)"""
    page.set_viewport_size(PHONE)
    width = page.evaluate("document.documentElement.scrollWidth")
    unscrollable = page.evaluate(
        """() => [...document.querySelectorAll('pre > code')]
            .filter(code => code.scrollWidth > code.clientWidth + 1)
            .filter(code => !['auto', 'scroll'].includes(getComputedStyle(code).overflowX)).length"""
    )
    return ([f"the page is {width} px wide"] if width > PHONE["width"] else []) + (
        [f"{unscrollable} wide code blocks do not scroll"] if unscrollable else []
    )


# The checks of a visit in each scheme, in the order they run. A first load (bytes, hosts)
# and the layout are the same in both schemes; colours are not. (Phone width goes last in
# the light scheme: it narrows the page; the dark scheme's checks do not mind the width.)
PAGE_CHECKS = {
    "light": [check_load, check_pictures_and_math, check_code_colours, check_axe, check_phone_width],
    "dark": [check_pictures_and_math, check_code_colours, check_axe_colours],
}


# Browsers visiting pages side by side: the machine's two cores, and a third browser to use
# the time the other two wait on the network. (The session's own browser runs the tests
# above test_page beside them, mostly waiting: on a search, a clipboard, a Python run.)
BROWSERS = 3
# How long a check waits for its page's visit (queued behind others): a visit that never
# ends (a script in the page that never returns) fails its page's checks instead of
# holding up the suite.
VISIT_TIMEOUT = 600
SCHEME = "document.body.getAttribute('data-md-color-scheme')"


def visit(tab: Tab, site_address: str, address: str) -> dict[str, dict]:
    """One page, loaded once in the light scheme and then switched to the dark one, as the
    system's setting is followed (docs/overrides/partials/javascripts/palette.html): every
    check's problems in each scheme, and the visit's duration."""
    start = time.perf_counter()
    # Light and wide again: the last visit ended dark, narrowed by check_phone_width.
    page, record = tab.load(site_address + address, settle=True, color_scheme="light", viewport=DESKTOP)
    page.add_style_tag(content="*, *::before, *::after { transition: none !important; }")  # colours at once
    host = urlsplit(site_address).netloc
    results = {}
    for scheme, material_scheme in (("light", "default"), ("dark", "slate")):
        page.emulate_media(color_scheme=scheme)
        page.wait_for_function(f"{SCHEME} === '{material_scheme}'")
        results[scheme] = {check.__name__: check(page, record, host) for check in PAGE_CHECKS[scheme]}
    return {**results, "seconds": time.perf_counter() - start}


@pytest.fixture(scope="session")
def visits(request, browser, site_address):  # browser: skips where there is none
    """Every page that a selected check asks about (all, unless -k chose some) visited once,
    by BROWSERS browsers taking the pages in turn, each in one tab (Tab: every load a first
    one); started with the module's first test. Maps each address to its visit's future."""
    pages = queue.Queue()
    futures = {}
    for item in request.session.items:
        if getattr(item, "originalname", None) != "test_page":
            continue
        address = item.callspec.params["address"]
        if address not in futures:
            futures[address] = Future()
            pages.put(address)

    def next_page():
        try:
            return pages.get_nowait()
        except queue.Empty:
            return None

    def work():
        try:
            with chromium() as own_browser:
                tab = None
                while (address := next_page()) is not None:
                    try:
                        tab = tab or Tab(own_browser)
                        futures[address].set_result(visit(tab, site_address, address))
                    except Exception as error:  # noqa: BLE001 - shown by the tests of that page
                        futures[address].set_exception(error)
                        if tab:
                            with contextlib.suppress(Exception):  # a broken tab may not close
                                tab.close()
                        tab = None  # the next page starts in a new tab
        except BaseException as error:  # noqa: BLE001 - no browser: the pages left fail with why
            while (address := next_page()) is not None:
                futures[address].set_exception(error)

    workers = [threading.Thread(target=work, daemon=True) for _ in range(min(BROWSERS, len(futures)))]
    for worker in workers:
        worker.start()
    yield futures
    while (address := next_page()) is not None:  # the session ends early (-x, Ctrl-C): visit no more
        futures[address].cancel()
    for worker in workers:
        worker.join()


@pytest.fixture(scope="module", autouse=True)
def visits_beside_the_tests_above(visits):
    """Start the visits with the module's first test, so that the tests defined before
    test_page (one browser, often waiting) run beside them."""


@pytest.mark.parametrize("worked_example", sorted(DOCS.glob("worked-example*.md")), ids=relative)
def test_copy_button_copies_the_snippet_and_the_copy_prints_the_stated_output(browser, site_address, worked_example):
    """Every code block of the worked example copies its snippet's code (without its last
    newline, as Material copies); one copied text, run in a new Python, prints the stated output."""
    examples = read_page(worked_example)
    page, _ = load(browser, site_address + page_url(worked_example), permissions=["clipboard-read", "clipboard-write"])
    code_blocks = page.locator(".highlight:not(.output) pre")  # the examples' code, in page order
    assert code_blocks.count() == len(examples)
    copied = [""]
    for index in range(len(examples)):
        code_blocks.nth(index).hover()
        code_blocks.nth(index).locator("button[data-md-type=copy]").click()
        for _ in range(40):  # the copy is asynchronous: wait until the clipboard changes
            text = page.evaluate("navigator.clipboard.readText()")
            if text != copied[-1]:
                break
            page.wait_for_timeout(50)
        copied.append(text)
    copied = copied[1:]
    page.context.close()
    for example, text in zip(examples, copied):
        assert text == example.code.rstrip("\n"), f"{example.where}: the copy differs"
    assert output_in_a_new_python(copied[0]) == examples[0].stated_output()


@functools.cache
def output_in_a_new_python(code: str) -> str:
    """What code prints, run as a reader runs a copy; once per text (both languages' worked
    examples copy the same snippet)."""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    return run.stdout + run.stderr


SECOND_TIME = (
    "RuntimeError: Trying to backward through the graph a second time (or directly access saved "
    "tensors after they have already been freed)."
)


@pytest.mark.parametrize(
    ("start", "query", "section"),
    [
        ("", "zero_grad", r"^zeroing/#.*zero_grad"),
        ("", "retain_graph", r"^(backward|higher-order)/#.*backward-twice|^graph-lifetime/#retain-graph"),
        ("", "RuntimeError: grad can be implicitly created only for scalar outputs", r"^errors/#scalar-outputs$"),
        ("", SECOND_TIME, r"^errors/#second-time$"),
        ("zh/", "梯度清零", r"^zh/zeroing/#"),
        ("zh/", "叶子张量", r"^zh/leaf-tensors/#"),
        ("zh/", "反向传播两次", r"^zh/(exercises/)?(backward|higher-order)/#.*(backward-twice|two-backward-passes)"),
        ("zh/", "为什么 grad 是 None", r"^zh/why-none/#"),
        ("zh/", SECOND_TIME, r"^zh/errors/#second-time$"),
    ],
)
def test_search_lands_on_the_right_section(search_from, site_address, start, query, section):
    """The first result's first section (Material lists a page, then its sections) is the one
    that answers, in the language of the page searched from."""
    links = first_search_result(search_from(start), query)
    sections = [re.sub(r"\?h=[^#]*", "", link.removeprefix(site_address)) for link in links if "#" in link]
    assert sections and re.search(section, sections[0]), f"searching {query!r} from /{start}: the first result is {links}"


@pytest.fixture(scope="module")
def search_from(browser, site_address):
    """The page to search from at an address, loaded once: a reader searches again from the
    same page (first_search_result empties the box first)."""
    tabs = {}

    def page(start):
        if start not in tabs:
            tabs[start] = Tab(browser)
            tabs[start].load(site_address + start)
        return tabs[start].page

    yield page
    for tab in tabs.values():
        tab.close()


# In the page: the WCAG contrast of a text's colour with what is behind it. A colour with
# alpha (Material's text colours), and an opacity, let what is behind show through;
# backgrounds with alpha (an admonition's) are laid over the ones behind them.
COLOURS = """
  const rgba = colour => { const [r, g, b, a = 1] = colour.match(/[\\d.]+/g).map(Number); return [r, g, b, a]; };
  const over = (top, below) => below.map((value, i) => top[3] * top[i] + (1 - top[3]) * value);
  const behind = element => {
    const layers = [];
    for (let at = element; at; at = at.parentElement) {
      const colour = rgba(getComputedStyle(at).backgroundColor);
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] >= 1) break;
    }
    return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255]);
  };
  const luminance = rgb => {
    const [r, g, b] = rgb.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (element, colour) => {
    const back = behind(element), text = rgba(colour);
    for (let at = element; at; at = at.parentElement) text[3] *= Number(getComputedStyle(at).opacity);
    const [a, b] = [luminance(over(text, back)), luminance(back)].sort((x, y) => y - x);
    return (a + 0.05) / (b + 0.05);
  };
"""

# Every graph, plot and formula: an empty one, or one with text (fill, for SVG text; each
# symbol of a formula) that contrasts less than 4.5:1 with what is behind it, is a problem.
PICTURES_AND_MATH = """
  const problems = [];
  for (const element of document.querySelectorAll('svg.autograd-graph, svg.plot, math')) {
    const tag = element.tagName.toLowerCase(), box = element.getBoundingClientRect();
    if (box.width < 5 || box.height < 5) { problems.push(`an empty ${tag}`); continue; }
    const texts = tag === 'math' ? element.querySelectorAll('mi, mn, mo, ms, mtext') : [element.querySelector('text') || element];
    for (const text of texts) {
      const style = getComputedStyle(text);
      const ratio = contrast(text, tag === 'svg' ? style.fill : style.color);
      if (ratio < 4.5) { problems.push(`text in a ${tag} has contrast ${ratio.toFixed(2)}: ${text.textContent}`); break; }
    }
  }
  return problems;
"""

# One token of each kind of every code block (Material's and nbconvert's highlighting) that
# holds a letter or digit: like axe, tokens of punctuation alone (= * .) are not measured.
CODE_COLOURS = """
  const first = new Map();
  for (const token of document.querySelectorAll('.highlight code span[class], .highlight-ipynb pre span[class]')) {
    if (/[\\p{L}\\p{N}]/u.test(token.textContent) && !first.has(token.className)) first.set(token.className, token);
  }
  const problems = [];
  for (const [kind, token] of first) {
    const ratio = contrast(token, getComputedStyle(token).color);
    if (ratio < 4.5) problems.push(`code token .${kind} has contrast ${ratio.toFixed(2)}`);
  }
  return problems;
"""


def test_colour_toggle_follows_the_system_until_the_reader_chooses(browser, site_address):
    """docs/overrides/partials/javascripts/palette.html: the system's scheme at first; the
    toggle switches it, and the choice holds on the next page whatever the system says."""
    scheme = SCHEME
    page, record = load(browser, site_address + "grad/", color_scheme="dark")
    assert page.evaluate(scheme) == "slate"
    assert_browser_bar_matches_header(page)
    page.locator("label[for=__palette_0]").click()  # the toggle shown in dark mode
    assert page.evaluate(scheme) == "default"
    assert_browser_bar_matches_header(page)
    page.goto(site_address + "errors/")
    assert page.evaluate(scheme) == "default"
    toggles = page.locator(".md-header__option label")
    assert [toggle.is_visible() for toggle in toggles.all()] == [True, False]
    page.focus("#__palette_0")  # the toggle works from the keyboard too
    page.keyboard.press("Enter")
    assert page.evaluate(scheme) == "slate"
    page.context.close()
    assert not record["errors"], record["errors"]


def assert_browser_bar_matches_header(page) -> None:
    """A phone colours its browser bar with the page's theme-color: it should be the header's."""
    bar, header = page.evaluate("""[document.querySelector('meta[name=theme-color]').content,
                                    getComputedStyle(document.querySelector('.md-header')).backgroundColor]""")
    red, green, blue = (int(bar[i:i + 2], 16) for i in (1, 3, 5))
    assert f"rgb({red}, {green}, {blue})" == header, f"theme-color {bar}, but the header is {header}"


# Last in the module: the visits run in the background (visits_beside_the_tests_above) while
# the tests above run, and each check here waits for its page's visit.
@pytest.mark.parametrize(
    ("scheme", "check"),
    [(scheme, check.__name__) for scheme, checks in PAGE_CHECKS.items() for check in checks],
    ids=lambda value: value.removeprefix("check_"),
)
@pytest.mark.parametrize("address", site_pages(), ids=lambda address: f"/{address}")
def test_page(address, scheme, check, visits, record_property):
    """The checks of PAGE_CHECKS, each on every page, in the schemes it is run in."""
    result = visits[address].result(timeout=VISIT_TIMEOUT)
    record_property("visit_seconds", result["seconds"])
    problems = result[scheme][check]
    assert not problems, f"/{address} ({scheme}), {check.removeprefix('check_')}: " + "; ".join(problems)
