"""The offline copy of the site (autograd_docs/offline.py, `make offline`), and the links to it.

Material's offline plugin makes the copy, when mkdocs.yml enables it (OFFLINE=true). A page
opened from a file may not start a web worker, which Material's search runs in, so the
plugin has the pages load iframe-worker, a shim that runs the worker in a hidden iframe,
from unpkg.com: a reader offline cannot reach it. The copy carries its own, which the
plugin then leaves as it is: autograd_docs/vendor/iframe-worker/ (npm's iframe-worker
1.0.4, MIT), deferred like every script (docs/overrides/main.html). Each language's search
index as a script is written by hooks/search_by_language.py, which splits the index.

The home and About pages link to the zip, which `make offline` puts at the site's root after
the build. The build knows it as a file excluded from the site: mkdocs then checks each
link to it and writes it relative to its page, in every language, as for any other file.
The copy holds no zip of itself: there, the link leads to the published one.
"""

import re
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, InclusionLevel

from autograd_docs.offline import ZIP

SHIM = Path(__file__).parents[1] / "vendor" / "iframe-worker" / "shim.js"
SHIM_URI = "assets/javascripts/iframe-worker.js"  # named for the offline plugin, which looks for "iframe-worker"
ZIP_LINK = re.compile(rf'href="(?:\.\./)*{re.escape(ZIP)}"')


def offline(config) -> bool:
    """True when the build makes the offline copy: Material's offline plugin is enabled."""
    plugin = config.plugins.get("material/offline")
    return bool(plugin and plugin.config.enabled)


@event_priority(50)  # before the offline plugin's (0), which adds the shim from unpkg.com unless one is named
def on_config(config):
    if offline(config):
        config.extra["polyfills"] = [SHIM_URI]


@event_priority(-200)  # after the i18n plugin (-100), which rebuilds the files of each language's build
def on_files(files, config):
    if offline(config):
        files.append(File.generated(config, SHIM_URI, abs_src_path=str(SHIM)))
    files.append(File.generated(config, ZIP, content=b"", inclusion=InclusionLevel.EXCLUDED))
    return files


def on_post_page(output, page, config):
    if not offline(config):
        return output
    return ZIP_LINK.sub(f'href="{config.site_url}{ZIP}"', output)
