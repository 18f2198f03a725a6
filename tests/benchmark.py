"""How long the example tests and the site build take, against their floors.

    python tests/benchmark.py [--runs N]

- Examples: the floor is one Python process that imports torch once and runs every
  snippet once. The measured run is pytest on the pages and the page-rule tests: every
  example run and checked. Budget: 1.5 x the floor.
- Build: the floor is `mkdocs build` of the same docs/ with a plain Material config (no
  extensions, no plugins beyond the defaults). The measured run is our `mkdocs build`.
  Budget: 1.5 x the floor. A second line compares with plain Material plus our Markdown
  extensions (snippets expanded, code highlighted): the cost of our plugins and hooks.

Each command runs --runs times; the best (least disturbed) time counts.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
BUDGET = 1.5

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


def best_time(command: list[str], runs: int) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"{' '.join(command[:4])} ... failed; the benchmark needs it to pass:\n{done.stdout[-2000:]}")
        times.append(time.perf_counter() - start)
    return min(times)


def write_config(folder: str, name: str, extra: dict) -> str:
    config = {"site_name": "floor", "docs_dir": str(ROOT / "docs"), "theme": {"name": "material"}, **extra}
    path = Path(folder) / name
    path.write_text(yaml.safe_dump(config))
    return str(path)


def report(name: str, floor: float, measured: float) -> bool:
    ratio = measured / floor
    verdict = "ok" if ratio <= BUDGET else f"OVER the {BUDGET}x budget"
    print(f"{name}: floor {floor:.2f} s, measured {measured:.2f} s, ratio {ratio:.2f} ({verdict})")
    return ratio <= BUDGET


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    python = sys.executable
    snippets = sorted(str(path) for path in (ROOT / "snippets").rglob("*.py"))

    floor = best_time([python, "-c", RUN_EVERY_SNIPPET_ONCE, *snippets], runs)
    tests = best_time(
        [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "docs", "tests/test_pages.py"],
        runs,
    )
    ok = report("examples", floor, tests)

    with tempfile.TemporaryDirectory() as scratch:
        build = [python, "-m", "mkdocs", "build", "-q", "-d", f"{scratch}/site"]
        plain = write_config(scratch, "plain.yml", {})
        # The same content rendered: plain Material plus our Markdown extensions, no plugins or hooks.
        extensions = yaml.safe_load((ROOT / "mkdocs.yml").read_text())["markdown_extensions"]
        rendered = write_config(scratch, "rendered.yml", {"markdown_extensions": extensions})
        plain_build = best_time([*build, "-f", plain], runs)
        rendered_build = best_time([*build, "-f", rendered], runs)
        our_build = best_time(build, runs)
    ok &= report("build", plain_build, our_build)
    report("build, vs. plain Material + our Markdown extensions", rendered_build, our_build)
    print(f"({len(snippets)} snippets, best of {runs} runs each)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
