"""The machinery of the autograd-docs site, apart from its content.

- examples: how pages embed snippets, and running a snippet as `python` would
- notebooks, pictures, css_pruning: what the build makes from pages and outputs
- hooks/: the build's steps, one concern a file, listed in mkdocs.yml
- pytest_plugin: runs every example on every page and checks its stated output
- browser: the local server and headless Chromium of the browser tests and scripts
- project: where things are, and building the site
"""
