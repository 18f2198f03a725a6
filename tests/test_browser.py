"""The built site in a real browser: headless Chromium, the site served under a sub-path.

Skipped, with the reason, where Chromium or Playwright is missing; .ci/run installs both.
"""

from __future__ import annotations

import re
import subprocess
import sys
from urllib.parse import urlsplit

import pytest

from tests.browser import load, page_addresses, transferred_bytes
from tests.examples import DOCS, read_page

BUDGET_BYTES = 200 * 1024
PHONE = {"width": 360, "height": 740}


@pytest.fixture(scope="module")
def pages(built_site):
    return page_addresses(built_site)


def test_every_page_loads_cleanly_from_its_own_host_within_budget(browser, site_address, pages):
    """No console error, no failed request, no request to another host, at most 200 KiB."""
    host = urlsplit(site_address).netloc
    problems = []
    for address in pages:
        page, record = load(browser, site_address + address, settle=True)
        others = sorted({urlsplit(request.url).netloc for request in record["requests"]} - {host})
        size = transferred_bytes(record)
        problems += [f"/{address}: console error: {error}" for error in record["errors"]]
        problems += [f"/{address}: failed: {failure}" for failure in record["failed"]]
        problems += [f"/{address}: requests to {', '.join(others)}"] if others else []
        problems += [f"/{address}: {size / 1024:.0f} KiB transferred, over 200 KiB"] if size > BUDGET_BYTES else []
        page.context.close()
    assert not problems, "\n".join(problems)


def test_copy_button_copies_the_snippet_and_the_copy_prints_the_stated_output(browser, site_address):
    """Every code block of the worked example copies its snippet file's text (without the
    file's last newline); one copied text, run in a new Python, prints the stated output."""
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
        assert text == example.snippet.read_text(encoding="utf-8").rstrip("\n"), f"{example.where}: the copy differs"
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


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_pictures_and_math_are_drawn_and_readable(browser, site_address, pages, scheme):
    """Every graph, plot and formula has a rendered size; its text contrasts with the page."""
    problems = []
    checked = 0
    for address in pages:
        page, _ = load(browser, site_address + address, color_scheme=scheme)
        for element in page.locator("svg.autograd-graph, svg.plot, math").all():
            checked += 1
            box = element.bounding_box()
            if not box or box["width"] < 5 or box["height"] < 5:
                problems.append(f"/{address}: an empty {element.evaluate('e => e.tagName')}")
                continue
            ratio = element.evaluate(CONTRAST)
            if ratio < 4.5:
                problems.append(f"/{address}: text in a {element.evaluate('e => e.tagName')} has contrast {ratio:.1f}")
        page.context.close()
    assert checked, "no picture or formula found on any page"
    assert not problems, "\n".join(problems)


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


def test_no_page_scrolls_sideways_on_a_phone(browser, site_address, pages):
    """At 360 px wide the page itself never scrolls sideways; a wide code block scrolls on its own."""
    problems = []
    for address in pages:
        page, _ = load(browser, site_address + address, viewport=PHONE)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            problems.append(f"/{address}: the page is {width} px wide")
        unscrollable = page.evaluate(
            """() => [...document.querySelectorAll('pre > code')]
                .filter(code => code.scrollWidth > code.clientWidth + 1)
                .filter(code => !['auto', 'scroll'].includes(getComputedStyle(code).overflowX)).length"""
        )
        if unscrollable:
            problems.append(f"/{address}: {unscrollable} wide code blocks do not scroll")
        page.context.close()
    assert not problems, "\n".join(problems)


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


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_passes_axe(browser, site_address, pages, scheme):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    problems = []
    for address in pages:
        page, _ = load(browser, site_address + address, color_scheme=scheme)
        for violation in axe.run(page).response["violations"]:
            targets = [node["target"] for node in violation["nodes"]][:3]
            problems.append(f"/{address}: {violation['id']} ({violation['help']}): {targets}")
        page.context.close()
    assert not problems, "\n".join(problems)
