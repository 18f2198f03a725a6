"""Lighthouse scores (mobile defaults) of pages of the built site, served as the browser tests serve it.

    npm install --prefix /tmp/lighthouse -E lighthouse@12.2.3     # 13.x wants Node 22
    python tests/lighthouse.py /tmp/lighthouse [PAGE ...]        # e.g. "" grad/ exercises/grad/

Builds the site, serves it under a sub-path from the gzip-compressing server of
tests/browser.py, runs Lighthouse with Debian's Chromium on each page (default: the home
page, a topic page, the error page and an exercise notebook) and prints the four scores.
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.browser import CHROMIUM, CHROMIUM_FLAGS, serve  # noqa: E402
from tests.examples import ROOT  # noqa: E402

CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def main() -> int:
    lighthouse = Path(sys.argv[1]) / "node_modules" / ".bin" / "lighthouse"
    pages = sys.argv[2:] or ["", "grad/", "errors/", "exercises/grad/"]
    with tempfile.TemporaryDirectory() as scratch:
        site = Path(scratch) / "site"
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)], cwd=ROOT, check=True)
        with serve(site) as address:
            print(f"{'page':<24}" + "".join(f"{name:>16}" for name in CATEGORIES))
            for page in pages:
                report = Path(scratch) / "report.json"
                subprocess.run(
                    [str(lighthouse), address + page, "--quiet", f"--chrome-flags={' '.join(CHROMIUM_FLAGS)}",
                     f"--only-categories={','.join(CATEGORIES)}", "--output=json", f"--output-path={report}"],
                    env={**os.environ, "CHROME_PATH": str(CHROMIUM)},
                    check=True,
                )
                scores = json.loads(report.read_text())["categories"]
                print(f"/{page:<23}" + "".join(f"{round(scores[name]['score'] * 100):>16}" for name in CATEGORIES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
