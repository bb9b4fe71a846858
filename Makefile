# The two commands of the README:
#   make demo   renders the bundled seed incidents to one standalone, offline HTML map
#   make test   runs the whole test suite (browser tests included)
# Both create .venv in the project root when it is missing and install what they need.
# VENV=/path/to/venv uses another virtual environment (tests/test_setup.py reuses its own).

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO   := build/seed-map.html

.PHONY: demo test venv chromium lint typecheck bench clean

# The command refuses an output folder that does not exist; build/ is ours, so make it.
demo: $(STAMP)
	@mkdir -p $(dir $(DEMO))
	$(BIN)/geoincidents map seed -o $(DEMO)

test: $(STAMP) chromium
	$(BIN)/python -m pytest -n 2 --dist loadfile

venv: $(STAMP)

# (Re)install when pyproject.toml or setup.py changes.
$(STAMP): pyproject.toml setup.py
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# The browser tests drive Debian's Chromium. Installed here when missing and we are root;
# otherwise the browser tests skip locally (and fail under CI=true, where they must run).
chromium:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing Debian's chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	else echo "note: /usr/bin/chromium missing and not root: browser tests will skip"; fi

lint: $(STAMP)
	$(BIN)/ruff check geoincidents tests benchmarks
	$(BIN)/ruff format --check geoincidents tests benchmarks

typecheck: $(STAMP)
	$(BIN)/python -m mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/resolve.py
	$(BIN)/python benchmarks/map.py
	$(BIN)/python benchmarks/geoparse.py
	$(BIN)/python benchmarks/eval_seeds.py

clean:
	rm -rf build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
