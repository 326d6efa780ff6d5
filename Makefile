# The two commands of the README. Both create or refresh .venv/ in this checkout; the package
# is (re)installed only when pyproject.toml changed since the last install (a stamp file).
PY ?= python3.11
VENV := .venv
ARTICLE ?= examples/bytedance-huawei.id.txt

.PHONY: venv bytecode report test

$(VENV)/bin/python:
	$(PY) -m venv $(VENV)
	$(VENV)/bin/python -m pip install -q --upgrade pip

# an editable install picks up code changes by itself: only the metadata needs a reinstall
$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(VENV)/bin/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(VENV)/bin/python -m pip install -q -e ".[test]"
	touch $@ $(VENV)/.installed

venv: $(VENV)/.installed
	@$(MAKE) -s bytecode

# what a regular (non-editable) install does: the package's modules compiled once, so that a
# command does not recompile them at every start (cold start; PYTHONDONTWRITEBYTECODE may be set)
bytecode:
	$(VENV)/bin/python -m compileall -q attrib

# the report of the example article
report: venv
	$(VENV)/bin/attrib check $(ARTICLE)

# the tests (same venv, with the test extras); the browser tests drive Debian's chromium
# (Playwright's own browsers are never downloaded)
test: $(VENV)/.installed-test
	@$(MAKE) -s bytecode
	@command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)
	$(VENV)/bin/python -m pytest
