"""Search in each language over that language's pages only.

Material's search loads one index, search/search_index.json below the site's base address,
and the i18n plugin writes every language's pages into it: a Chinese reader would get each
result twice, once per language, and every page would load both. This hook splits it: the
default language's pages stay at the root, each other language's pages go to
<language>/search/search_index.json, and that language's pages take their folder as the
base address Material's script searches and links from.

Every page loads its language's index, so it is kept light: code blocks (the examples'
code and outputs) are left out of it. Readers search for the words of the prose, the
inline code in it, and the error messages that title the sections of the errors page.
"""

import json
import re
from pathlib import Path
from types import SimpleNamespace

from mkdocs.plugins import event_priority

from autograd_docs.hooks import building, every_language_built
from autograd_docs.project import language_folder, languages

CODE_BLOCK = re.compile(r"<pre>.*?</pre>", re.DOTALL)

# Material's configuration for its script, in every page: {..., "base": "../..", ...}
CONFIG = re.compile(r'<script id="__config" type="application/json">.*?</script>', re.DOTALL)
BASE = re.compile(r'"base": "([^"]*)"')


def on_post_page(output, page, config):
    folder = language_folder(building(config))
    if not folder:
        return output

    def in_folder(config_script):
        return BASE.sub(lambda base: f'"base": "{base.group(1)}/{folder}"', config_script.group(0), count=1)

    return CONFIG.sub(in_folder, output, count=1)


@event_priority(-200)  # after the i18n plugin's (-100), which builds the other languages and merges the indexes
def on_post_build(config):
    if not every_language_built(config):
        return
    index_file = Path(config.site_dir) / "search" / "search_index.json"
    index = json.loads(index_file.read_text(encoding="utf-8"))
    documents = [{**doc, "text": CODE_BLOCK.sub("", doc["text"])} for doc in index["docs"]]
    for language in languages()[1:]:
        folder = language_folder(language)
        own = [{**doc, "location": doc["location"].removeprefix(folder)} for doc in documents if doc["location"].startswith(folder)]
        target = Path(config.site_dir) / folder / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps({**index, "docs": own}, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    others = tuple(language_folder(language) for language in languages()[1:])
    default = [doc for doc in documents if not doc["location"].startswith(others)]
    # The default language's pages need only its own word rules: its readers' browsers then
    # load no other language's (Material's search worker loads one script per language).
    search_config = {**index["config"], "lang": [languages()[0]]}
    index_file.write_text(
        json.dumps({**index, "config": search_config, "docs": default}, ensure_ascii=False, separators=(",", ":")),
        encoding="utf-8",
    )
    # The offline copy (hooks/offline_copy.py): a page opened from a file loads its index from
    # a script beside it, which Material's offline plugin writes from the index. It wrote the
    # root's before the split: it writes each language's now, if it is enabled.
    offline = config.plugins.get("material/offline")
    for language in languages() if offline else ():
        offline.on_post_build(config=SimpleNamespace(site_dir=str(Path(config.site_dir) / language_folder(language))))
