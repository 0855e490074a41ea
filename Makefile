# FieldApp: `make run` opens the desktop app, `make test` runs every test offscreen.
# Both set everything up on a fresh Debian/Ubuntu machine: the Qt system libraries (when root;
# otherwise the exact apt command is printed), a virtualenv and pinned packages.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PIP_VERSION := 26.3
export PIP_CONSTRAINT := $(CURDIR)/constraints.txt
export PIP_DISABLE_PIP_VERSION_CHECK := 1

QT_LIBS   := libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
TEST_LIBS := poppler-utils qpdf libzbar0 fonts-dejavu-core

TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test lint typecheck bench setup sysdeps test-sysdeps translations clean

setup: $(STAMP) translations

$(STAMP): pyproject.toml constraints.txt
	@$(MAKE) --no-print-directory sysdeps PKGS="$(QT_LIBS)"
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q pip==$(PIP_VERSION)
	$(BIN)/python -m pip install -q -e '.[hq,test]'
	touch $@

# Install missing Debian packages when root; otherwise print the command to run.
sysdeps:
	@missing=""; for p in $(PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing system packages:$$missing"; \
	    (DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null 2>&1 || \
	     (apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null)) \
	     || echo "Could not install:$$missing (tests that need them will say they were skipped)"; \
	  else \
	    echo "Missing system packages. Run: sudo apt-get install -y$$missing"; \
	  fi; \
	fi

test-sysdeps:
	@$(MAKE) --no-print-directory sysdeps PKGS="$(TEST_LIBS)"

translations: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

run: setup
	$(BIN)/fieldapp

lint: $(STAMP)
	$(BIN)/ruff check fieldapp sync ui tests bench
	$(BIN)/mypy

test: setup test-sysdeps lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -ra $(PYTEST_ARGS)

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache resources/translations/*.qm
