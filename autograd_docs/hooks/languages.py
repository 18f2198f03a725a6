"""What the i18n plugin leaves undone for a site in two languages.

- The 404 page: a host serves the one at the site's root for any missing address, so it
  stays the default language's. The i18n plugin builds the other languages after it, each
  writing its own 404.html over it: theirs are moved into their folder (zh/404.html).
- The head's hreflang links: Material's script fetches `sitemap.xml` below each one's
  address, meant for links to each language's home page; the i18n plugin points them at
  the same page in each language, so every page would request two addresses that do not
  exist. They are left out: the sitemap gives each page's alternates (with the absolute
  addresses search engines want), and the language switcher's links name theirs.
"""

import re
from pathlib import Path

from autograd_docs.hooks import building
from autograd_docs.project import language_folder, languages

HEAD_ALTERNATE = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">\n?')

_default_404: bytes | None = None


def on_post_page(output, page, config):
    head, body = output.split("</head>", 1)
    return HEAD_ALTERNATE.sub("", head) + "</head>" + body


def on_post_build(config):
    global _default_404  # kept from the default language's build for the builds after it
    page = Path(config.site_dir) / "404.html"
    language = building(config)
    if language == languages()[0]:
        _default_404 = page.read_bytes()
    elif _default_404 is not None:
        (Path(config.site_dir) / language_folder(language) / "404.html").write_bytes(page.read_bytes())
        page.write_bytes(_default_404)
