"""How long the tests and the build take: by part, per page, and against their floors.

    python scripts/benchmark.py [--runs N] [--skip-suite]

- Quick check (`make check`: every example and the page rules) against its floor: one
  Python process that imports torch once and runs every snippet once. Budget: 2 x (pytest,
  collecting the pages and the runner's checks of global state come on top of the snippets).
- The full suite (`make test`), run once with a JUnit report: its time by part (examples,
  notebooks, built site, browser, ...) and per page (the examples on the page, its notebook,
  its visits in the browser). Target (the harness issue's): 2 minutes with the 23 pages
  of the day it was filed, and at most 2 s more for each page since (pages x languages).
- The build against its floor: the same content rendered with the same theme, Markdown
  extensions and plugins, and of our hooks only exercise_notebooks (without it the i18n
  plugin hands mkdocs-jupyter's notebooks back as plain files, and the floor would copy out
  raw JSON instead of rendering the exercise pages); then each other hook on top of the
  floor, and all of them (our mkdocs.yml). Budget: all hooks within 1.3 x the floor. And
  every language against the default language alone: within 2 x.

Commands timed against each other run in rounds, one run of each a round (--runs rounds),
so that a round's commands meet about the same load on this noisy machine: a ratio is the
median of the rounds' ratios, so that no single disturbed (or lucky) run decides it.
"""

from __future__ import annotations

import argparse
import collections
import copy
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import yaml

from autograd_docs.project import QUIET_MKDOCS, ROOT, SNIPPETS, languages, mkdocs_config, site_pages

QUICK_CHECK_BUDGET = 2.0
BUILD_BUDGET = 1.3
LANGUAGES_BUDGET = 2.0
# The suite's target grows with the site: SUITE_TARGET at SUITE_TARGET_PAGES pages, then
# SUITE_SECONDS_PER_PAGE for each page more.
SUITE_TARGET = 120.0
SUITE_TARGET_PAGES = 23
SUITE_SECONDS_PER_PAGE = 2.0
# The hook that makes the content the floor renders (see the docstring).
FLOOR_HOOK = "exercise_notebooks"
FLOOR = f"floor: {FLOOR_HOOK} alone"

RUN_EVERY_SNIPPET_ONCE = """
import contextlib, io, runpy, sys
import torch
for path in sys.argv[1:]:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        try:
            runpy.run_path(path, run_name="__main__")
        except Exception:
            pass  # examples that show an error end by raising it
"""


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=QUIET_MKDOCS, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command[:6])} ... failed; the benchmark needs it to pass:\n{done.stdout[-3000:]}{done.stderr[-3000:]}")
    return time.perf_counter() - start


def times_in_rounds(commands: dict[str, list[str]], runs: int) -> dict[str, list[float]]:
    """Each command's time in each of `runs` rounds (one run of each command a round)."""
    times = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(timed(command))
    return times


def round_ratios(measured: list[float], floor: list[float]) -> list[float]:
    return sorted(one / other for one, other in zip(measured, floor))


def ratio(measured: list[float], floor: list[float]) -> float:
    """The median of the rounds' ratios."""
    return statistics.median(round_ratios(measured, floor))


def verdict(name: str, floor: list[float], measured: list[float], budget: float) -> bool:
    ratios, middle = round_ratios(measured, floor), ratio(measured, floor)
    print(f"{name}: floor {statistics.median(floor):.2f} s, measured {statistics.median(measured):.2f} s, "
          f"ratio {middle:.2f} (rounds {ratios[0]:.2f}-{ratios[-1]:.2f}; "
          f"{'ok' if middle <= budget else f'OVER the {budget}x budget'})")
    return middle <= budget


def quick_check(runs: int) -> bool:
    python = sys.executable
    snippets = sorted(str(path) for path in SNIPPETS.rglob("*.py"))
    times = times_in_rounds({
        "floor": [python, "-c", RUN_EVERY_SNIPPET_ONCE, *snippets],
        "check": [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "docs", "tests/test_pages.py"],
    }, runs)
    print(f"({len(snippets)} snippets)")
    return verdict("quick check (make check)", times["floor"], times["check"], QUICK_CHECK_BUDGET)


def part_of(testcase) -> str:
    path = testcase.get("classname", "").replace(".", "/")
    if path.startswith("docs/"):
        return "examples (docs/)"
    return path.split("/")[-1] if path.startswith("tests") else path


def page_of(testcase) -> str | None:
    """The page a test is about: a page of docs/ (its examples, its notebook), or a site
    address (its browser visit); None for a test of something else."""
    classname, name = testcase.get("classname", ""), testcase.get("name", "")
    if classname.startswith("docs."):
        return classname.removeprefix("docs.")  # grad.zh.md (a page in a folder reads folder.page.md)
    if "[" not in name:
        return None
    parameters = name[name.index("[") + 1 : name.rindex("]")]
    if parameters.startswith("/"):  # a browser check: address-scheme-check
        return parameters.rsplit("-", 2)[0]
    if parameters.startswith("docs/") and parameters.endswith((".md", ".ipynb")):  # its notebook
        return parameters.removeprefix("docs/")
    return None


def full_suite() -> bool:
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "junit.xml"
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={report}",
             "-o", "junit_family=xunit1"],
            cwd=ROOT, env=QUIET_MKDOCS, capture_output=True, text=True,
        )
        total = time.perf_counter() - start
        testcases = list(ElementTree.parse(report).iter("testcase"))
    by_part = collections.Counter()
    by_page = collections.Counter()
    visits = collections.defaultdict(dict)
    for testcase in testcases:
        seconds = float(testcase.get("time", 0))
        by_part[part_of(testcase)] += seconds
        properties = {prop.get("name"): prop.get("value") for prop in testcase.iter("property")}
        page = page_of(testcase)
        if "visit_seconds" in properties:  # one visit a page, shared by its checks
            visits[page][testcase.get("name")] = float(properties["visit_seconds"])
        elif page is not None:
            by_page[page] += seconds
    for page, per_check in visits.items():
        by_page[f"/{page.strip('/')}/".replace("//", "/")] += max(per_check.values())
    failed = sum(1 for testcase in testcases if testcase.find("failure") is not None or testcase.find("error") is not None)
    pages = len(site_pages())
    target = SUITE_TARGET + SUITE_SECONDS_PER_PAGE * (pages - SUITE_TARGET_PAGES)
    print(f"\nfull suite: {total:.0f} s, {len(testcases)} tests, {failed} failed "
          f"(target {target:.0f} s for {pages} pages: {'ok' if total <= target else 'OVER'})")
    print("by part (the browser's visits run in the background, beside the parts after the browser's")
    print("first test: those parts' times include the wait for a core):")
    for part, seconds in by_part.most_common():
        print(f"  {part:<40} {seconds:7.1f} s")
    print("per page (its examples and notebook; or its browser visit, several run side by side;")
    print("a part's shared set-up, such as the notebooks' run, counts in its first test):")
    for page, seconds in sorted(by_page.items()):
        print(f"  {page:<40} {seconds:7.1f} s")
    return total <= target and not failed


def build(runs: int) -> bool:
    config = mkdocs_config()
    hooks = config.get("hooks", [])
    written = []

    def config_file(text: str) -> str:
        # Beside mkdocs.yml, so that its relative paths hold.
        file = tempfile.NamedTemporaryFile("w", dir=ROOT, prefix=".benchmark-", suffix=".yml", delete=False)
        file.write(text)
        file.close()
        written.append(Path(file.name))
        return file.name

    def with_hooks(chosen: list[str]) -> str:
        return config_file(f"INHERIT: mkdocs.yml\nhooks: [{', '.join(chosen)}]\n")

    floor = [hook for hook in hooks if Path(hook).stem == FLOOR_HOOK]
    # The builds that the budgets compare first in each round, one right after another (a round
    # takes minutes, and the machine's speed drifts within it); then each hook on the floor.
    configs = {FLOOR: with_hooks(floor), "all hooks (mkdocs.yml)": str(ROOT / "mkdocs.yml")}
    # The default language alone (the i18n plugin's build_only_locale), for the cost of the others.
    one_language = copy.deepcopy(config)
    for plugin in one_language["plugins"]:
        if isinstance(plugin, dict) and "i18n" in plugin:
            plugin["i18n"]["build_only_locale"] = languages()[0]
    configs[f"all hooks, {languages()[0]} only"] = config_file(yaml.safe_dump(one_language, allow_unicode=True))
    configs.update({f"floor + {Path(hook).stem}": with_hooks([*floor, hook]) for hook in hooks if hook not in floor})
    try:
        with tempfile.TemporaryDirectory() as scratch:
            times = times_in_rounds({
                name: [sys.executable, "-m", "mkdocs", "build", "-q", "-f", file, "-d", f"{scratch}/site"]
                for name, file in configs.items()
            }, runs)
    finally:
        for file in written:
            file.unlink()
    floor = times[FLOOR]
    print("\nbuild (floor: the same content, theme, Markdown extensions and plugins; of our hooks, exercise_notebooks alone;")
    print("median seconds, and the median of the rounds' ratios):")
    for name, seconds in times.items():
        print(f"  {name:<40} {statistics.median(seconds):6.2f} s  {ratio(seconds, floor):5.2f} x the floor")
    both = ratio(times["all hooks (mkdocs.yml)"], times[f"all hooks, {languages()[0]} only"])
    print(f"  every language against the default one alone: {both:.2f} x (budget {LANGUAGES_BUDGET} x)")
    return verdict("build, all hooks", floor, times["all hooks (mkdocs.yml)"], BUILD_BUDGET) and both <= LANGUAGES_BUDGET


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="rounds: runs of each timed command but the full suite")
    parser.add_argument("--skip-suite", action="store_true", help="leave out the full suite (minutes)")
    options = parser.parse_args()
    ok = quick_check(options.runs)
    if not options.skip_suite:
        ok &= full_suite()
    ok &= build(options.runs)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
