"""What each page of the built site costs a reader on its first load, seen from the browser.

    python scripts/page_weight.py [SITE_DIR]

Builds the site (unless given a built one), serves it under a sub-path from a server that
gzip-compresses text as real hosts do, loads every page in headless Chromium with an empty
cache, and prints the bytes transferred (headers and compressed bodies), the number of
requests and the hosts they went to. The budget (autograd_docs/browser.py) is 200 KiB a
page and no host but the site's, as the browser tests check.
"""

import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from autograd_docs.browser import Tab, chromium, first_load_problems, hosts, serve, transferred_bytes
from autograd_docs.project import build_site, site_pages


def main() -> int:
    if len(sys.argv) > 1:
        site = Path(sys.argv[1])
    else:
        site = Path(tempfile.mkdtemp()) / "site"
        build_site(site).check_returncode()
    over = 0
    with serve(site) as address, chromium() as browser:
        print(f"{'page':<32} {'KiB':>6} {'requests':>8}  hosts")
        tab = Tab(browser)
        for page_address in site_pages():
            _, record = tab.load(address + page_address, settle=True)
            over += bool(first_load_problems(record, urlsplit(address).netloc))
            size = transferred_bytes(record)
            print(f"/{page_address:<31} {size / 1024:6.1f} {len(record['requests']):8}  {', '.join(hosts(record))}")
        tab.close()
    print("all within budget" if not over else f"{over} pages over budget, with other hosts or with errors")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
