"""What each page of the built site costs a reader on its first load, seen from the browser.

    python tests/page_weight.py [SITE_DIR]

Builds the site (unless given a built one), serves it under a sub-path from a server that
gzip-compresses text as real hosts do, loads every page in headless Chromium with an empty
cache, and prints the bytes transferred (headers and compressed bodies), the number of
requests and the hosts they went to. The budget is 200 KiB a page and no host but the site's.
"""

import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.browser import build_site, chromium, load, page_addresses, serve, transferred_bytes  # noqa: E402

BUDGET = 200 * 1024


def main() -> int:
    if len(sys.argv) > 1:
        site = Path(sys.argv[1])
    else:
        site = build_site(Path(tempfile.mkdtemp()) / "site")
    over = 0
    with serve(site) as address, chromium() as browser:
        print(f"{'page':<32} {'KiB':>6} {'requests':>8}  hosts")
        for page_address in page_addresses(site):
            page, record = load(browser, address + page_address, settle=True)
            size = transferred_bytes(record)
            hosts = sorted({urlsplit(request.url).netloc for request in record["requests"]})
            over += size > BUDGET or len(hosts) > 1
            print(f"/{page_address:<31} {size / 1024:6.1f} {len(record['requests']):8}  {', '.join(hosts)}")
            page.context.close()
    print("all within budget" if not over else f"{over} pages over budget or with other hosts")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
