"""The offline copy: the whole site, pages and notebooks, read from the file system with
search working, as one zip. `make offline` runs this module after the site is built into
site/, and puts the zip beside the published pages, where the home and About pages link
to it (autograd_docs/hooks/offline.py).

Built by Material's offline plugin, which mkdocs.yml enables when OFFLINE=true: page links
name their files (grad.html, as file:// opens no folder's index), and each search index is
written as a script too, which a page opened from a file may load (it may not fetch one).
The zip holds one folder, named like the zip, so that unzipping it makes one folder.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from autograd_docs.project import finished, start_build

NAME = "pytorch-gradients-offline"  # the zip's name and the folder inside it
ZIP = f"{NAME}.zip"  # at the root of the published site


def start_offline_build(copy: Path) -> subprocess.Popen:
    """`mkdocs build --strict` of the offline copy into the folder `copy`, in the background."""
    return start_build(copy, env={"OFFLINE": "true"})


def zip_copy(build: subprocess.CompletedProcess, copy: Path, site: Path) -> Path:
    """The finished build of the copy into `copy`, zipped into site/; return the zip."""
    if build.returncode != 0:
        raise SystemExit(f"mkdocs build --strict of the offline copy failed:\n{build.stderr}")
    site.mkdir(parents=True, exist_ok=True)
    return Path(shutil.make_archive(str(site / NAME), "zip", root_dir=copy.parent, base_dir=copy.name))


def make_offline_zip(site: Path) -> Path:
    """Build the offline copy and zip it into site/pytorch-gradients-offline.zip; return the zip."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / NAME
        return zip_copy(finished(start_offline_build(copy)), copy, site)


if __name__ == "__main__":
    print(make_offline_zip(Path(sys.argv[1] if len(sys.argv) > 1 else "site")))
