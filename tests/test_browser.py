"""The built site in a real browser: headless Chromium, the site served under a sub-path.

Each page is visited once per colour scheme, and every per-page check runs on that visit
(PAGE_CHECKS); the two schemes are visited side by side, one browser each, on the
machine's two cores. Each check of each page is still its own test, named after both.
Skipped, with the reason, where Chromium or Playwright is missing; .ci/run installs both.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest

from autograd_docs.browser import chromium, first_load_problems, load
from autograd_docs.examples import read_page
from autograd_docs.project import DOCS, site_pages

PHONE = {"width": 360, "height": 740}
SCHEMES = ["light", "dark"]


def check_load(page, record, host):
    """No console error, no failed request, no request to another host, within the page budget."""
    return first_load_problems(record, host)


def check_pictures_and_math(page, record, host):
    """Every graph, plot and formula has a rendered size, and its text contrasts with the page."""
    problems = []
    for element in page.locator("svg.autograd-graph, svg.plot, math").all():
        tag = element.evaluate("e => e.tagName")
        box = element.bounding_box()
        if not box or box["width"] < 5 or box["height"] < 5:
            problems.append(f"an empty {tag}")
        elif (ratio := element.evaluate(CONTRAST)) < 4.5:
            problems.append(f"text in a {tag} has contrast {ratio:.1f}")
    return problems


def check_axe(page, record, host):
    """No axe-core violation."""
    from axe_playwright_python.sync_playwright import Axe

    return [
        f"{violation['id']} ({violation['help']}): {[node['target'] for node in violation['nodes']][:3]}"
        for violation in Axe().run(page).response["violations"]
    ]


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


PAGE_CHECKS = {check.__name__.removeprefix("check_"): check for check in (
    check_load, check_pictures_and_math, check_axe, check_phone_width,
)}


def visit_every_page(site_address: str, scheme: str) -> dict[str, dict]:
    """Each page once, in one browser: every check's problems, and the visit's duration."""
    host = urlsplit(site_address).netloc
    results = {}
    with chromium() as browser:
        for address in site_pages():
            start = time.perf_counter()
            page, record = load(browser, site_address + address, settle=True, color_scheme=scheme)
            results[address] = {name: check(page, record, host) for name, check in PAGE_CHECKS.items()}
            results[address]["seconds"] = time.perf_counter() - start
            page.context.close()
    return results


@pytest.fixture(scope="session")
def visits(browser, site_address):
    """The visits of both schemes, started together the first time a check asks."""
    with ThreadPoolExecutor(max_workers=len(SCHEMES)) as pool:
        futures = {scheme: pool.submit(visit_every_page, site_address, scheme) for scheme in SCHEMES}
        yield futures


@pytest.mark.parametrize("check", PAGE_CHECKS)
@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("address", site_pages(), ids=lambda address: f"/{address}")
def test_page(address, scheme, check, visits, record_property):
    """The checks of PAGE_CHECKS, each on every page in both schemes."""
    visit = visits[scheme].result()[address]
    record_property("visit_seconds", visit["seconds"])
    problems = visit[check]
    assert not problems, f"/{address} ({scheme}), {check}: " + "; ".join(problems)


def test_copy_button_copies_the_snippet_and_the_copy_prints_the_stated_output(browser, site_address):
    """Every code block of the worked example copies its snippet's code (without its last
    newline, as Material copies); one copied text, run in a new Python, prints the stated output."""
    examples = read_page(DOCS / "worked-example.md")
    page, _ = load(browser, site_address + "worked-example/", permissions=["clipboard-read", "clipboard-write"])
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
    first = examples[0]
    run = subprocess.run([sys.executable, "-c", copied[0]], capture_output=True, text=True, timeout=120)
    assert run.stdout + run.stderr == first.stated_output()


@pytest.mark.parametrize(
    ("query", "section"),
    [
        ("zero_grad", r"zeroing/.*#.*zero_grad"),
        ("retain_graph", r"(backward|higher-order)/.*#.*backward-twice"),
        ("RuntimeError: grad can be implicitly created only for scalar outputs", r"errors/.*#scalar-outputs$"),
        (
            "RuntimeError: Trying to backward through the graph a second time (or directly access saved "
            "tensors after they have already been freed).",
            r"errors/.*#second-time$",
        ),
    ],
)
def test_search_lands_on_the_right_section(browser, site_address, query, section):
    """The first result's first section (Material lists a page, then its sections) is the one that answers."""
    page, _ = load(browser, site_address)
    page.keyboard.press("/")
    page.keyboard.type(query)
    first_result = page.locator(".md-search-result__item").first
    first_result.wait_for()
    # Results update as the query grows: read them until two reads 300 ms apart agree.
    links, previous = None, []
    while links != previous:
        previous = links
        page.wait_for_timeout(300)
        links = first_result.locator("a").evaluate_all("links => links.map(link => link.href)")
    page.context.close()
    sections = [link for link in links if "#" in link]
    assert sections and re.search(section, sections[0]), f"searching {query!r}: the first result is {links}"


# The contrast between an element's text colour (fill for SVG text) and the page background.
CONTRAST = """element => {
  const text = element.querySelector('text') || element;
  const style = getComputedStyle(text);
  const fg = element.tagName === 'svg' || element.tagName === 'SVG' ? style.fill : style.color;
  const bg = getComputedStyle(document.querySelector('.md-main') || document.body).backgroundColor;
  const bgColor = bg === 'rgba(0, 0, 0, 0)' ? getComputedStyle(document.body).backgroundColor : bg;
  const luminance = color => {
    const [r, g, b] = color.match(/[\\d.]+/g).slice(0, 3).map(Number).map(v => {
      v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [a, b] = [luminance(fg), luminance(bgColor)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}"""


def test_colour_toggle_follows_the_system_until_the_reader_chooses(browser, site_address):
    """docs/overrides/partials/javascripts/palette.html: the system's scheme at first; the
    toggle switches it, and the choice holds on the next page whatever the system says."""
    scheme = "document.body.getAttribute('data-md-color-scheme')"
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
