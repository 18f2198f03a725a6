"""Lighthouse scores (mobile defaults) of the pages of the built site, served as the browser tests serve it.

    npm install --prefix /tmp/lighthouse -E lighthouse@12.2.3     # 13.x wants Node 22
    python scripts/lighthouse.py /tmp/lighthouse [--runs N] [--site DIR] [PAGE ...]

Builds the site (or takes an already built one with --site), serves it under a sub-path
from the gzip-compressing server of autograd_docs/browser.py, and runs Lighthouse with Debian's
Chromium on each page: by default every page. Lighthouse's mobile default throttles by
simulation from what the page did on this machine, so a busy machine lowers the scores:
with --runs N each page is measured N times and the run with the median Performance
score is shown. Prints the four scores and the metrics behind Performance.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from autograd_docs.browser import CHROMIUM, CHROMIUM_FLAGS, serve
from autograd_docs.project import build_site, site_pages

CATEGORIES = {"performance": "Perf", "accessibility": "A11y", "best-practices": "BP", "seo": "SEO"}
METRICS = {
    "first-contentful-paint": "FCP",
    "largest-contentful-paint": "LCP",
    "speed-index": "SI",
    "total-blocking-time": "TBT",
    "cumulative-layout-shift": "CLS",
}


def lighthouse(program: Path, address: str, report: Path) -> dict:
    subprocess.run(
        [str(program), address, "--quiet", f"--chrome-flags={' '.join(CHROMIUM_FLAGS)}",
         f"--only-categories={','.join(CATEGORIES)}", "--output=json", f"--output-path={report}"],
        env={**os.environ, "CHROME_PATH": str(CHROMIUM)},
        check=True,
    )
    return json.loads(report.read_text())


def row(page: str, result: dict, scores: list[int]) -> str:
    categories = result["categories"]
    cells = [f"{round(categories[name]['score'] * 100):>5}" for name in CATEGORIES]
    cells += [f"{result['audits'][name]['displayValue']:>8}" for name in METRICS]
    spread = f"{min(scores)}-{max(scores)}" if len(scores) > 1 else ""
    return f"/{page:<27}" + "".join(cells) + f"  {spread}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lighthouse", type=Path, help="the npm prefix Lighthouse was installed into")
    parser.add_argument("pages", nargs="*", help='pages below the site, e.g. "" grad/ (default: all)')
    parser.add_argument("--runs", type=int, default=1, help="runs per page; the median one is shown")
    parser.add_argument("--site", type=Path, help="a built site to measure instead of building one")
    options = parser.parse_intermixed_args()
    program = options.lighthouse / "node_modules" / ".bin" / "lighthouse"
    with tempfile.TemporaryDirectory() as scratch:
        site = options.site or Path(scratch) / "site"
        if not options.site:
            build_site(site).check_returncode()
        pages = options.pages or site_pages()
        print(f"{'page':<28}" + "".join(f"{name:>5}" for name in CATEGORIES.values())
              + "".join(f"{name:>8}" for name in METRICS.values()) + "  Perf range")
        with serve(site) as address:
            for page in pages:
                results = [lighthouse(program, address + page, Path(scratch) / "report.json") for _ in range(options.runs)]
                results.sort(key=lambda result: result["categories"]["performance"]["score"])
                scores = [round(result["categories"]["performance"]["score"] * 100) for result in results]
                print(row(page, results[len(results) // 2], scores), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
