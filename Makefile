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
# Every library Qt's X11 platform plugin loads on a desktop (`ldd` on
# PySide6/Qt/plugins/platforms/libqxcb.so and its GLX/EGL integrations), the Wayland plugin's,
# and CUPS for printing. `make sysdeps` installs QT_LIBS and these.
XCB_LIBS  := libfreetype6 libx11-6 libx11-xcb1 libxcb1 libxkbcommon-x11-0 libxcb-cursor0 \
             libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 \
             libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 \
             libxcb-xfixes0 libxcb-xkb1 libxcb-glx0 libwayland-client0 libwayland-cursor0 \
             libwayland-egl1 libcups2
# The same libraries by their names on Fedora/RHEL, for the message on other systems.
RPM_LIBS  := mesa-libEGL mesa-libGL libxkbcommon libxkbcommon-x11 fontconfig dbus-libs glib2 \
             freetype libX11-xcb libxcb xcb-util xcb-util-cursor xcb-util-wm xcb-util-image \
             xcb-util-keysyms xcb-util-renderutil libwayland-client libwayland-cursor \
             libwayland-egl cups-libs
PKGS      ?= $(QT_LIBS) $(XCB_LIBS)
QXCB      := $(VENV)/lib/python3.11/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so

TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test lint typecheck bench setup sysdeps test-sysdeps translations clean venv-check qt-check dist

setup: $(STAMP) translations

$(STAMP): pyproject.toml constraints.txt
	@$(MAKE) --no-print-directory sysdeps PKGS="$(QT_LIBS) $(XCB_LIBS)"
	@test -x $(BIN)/python || $(MAKE) --no-print-directory venv-check
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q pip==$(PIP_VERSION)
	$(BIN)/python -m pip install -q -e '.[hq,test]'
	@$(MAKE) --no-print-directory qt-check
	touch $@

# Install missing Debian packages when root; otherwise print the command to run.
sysdeps:
	@if ! command -v dpkg >/dev/null; then \
	  echo "Not a Debian/Ubuntu system: install your distribution's packages for these libraries."; \
	  echo "  Debian/Ubuntu names: $(strip $(PKGS))"; \
	  echo "  Fedora/RHEL names:   $(strip $(RPM_LIBS))"; \
	  echo "  and Python's venv module for $(PYTHON)."; \
	  exit 0; \
	fi; \
	missing=""; for p in $(PKGS); do \
	  dpkg -s $$p >/dev/null 2>&1 || dpkg -s $${p}t64 >/dev/null 2>&1 || missing="$$missing $$p"; \
	done; \
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

# python3 -m venv needs ensurepip, which Debian ships in python3-venv (python3.X-venv).
venv-check:
	@if ! command -v $(PYTHON) >/dev/null; then \
	  echo "$(PYTHON) is not installed. Run: sudo apt-get install -y python3 python3-venv"; exit 1; \
	fi; \
	if ! $(PYTHON) -c "import ensurepip, venv" 2>/dev/null; then \
	  pkg=$$($(PYTHON) -c 'import sys; print("python3.%d-venv" % sys.version_info[1])'); \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing system packages: python3-venv $$pkg"; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv $$pkg >/dev/null 2>&1 || \
	    (apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv $$pkg >/dev/null) || \
	    { echo "Could not install python3-venv; $(PYTHON) cannot create .venv."; exit 1; }; \
	  else \
	    echo "$(PYTHON) cannot create a virtualenv. Run: sudo apt-get install -y python3-venv $$pkg"; exit 1; \
	  fi; \
	fi

# After the packages: name any library Qt's X11 plugin still cannot find (non-Debian systems,
# or a package that could not be installed).
qt-check:
	@if [ -f $(QXCB) ] && command -v ldd >/dev/null; then \
	  libs=$$(ldd $(QXCB) | awk '/not found/ {print $$1}' | sort -u | tr '\n' ' '); \
	  if [ -n "$$libs" ]; then \
	    echo "Qt's X11 plugin cannot load: $$libs"; \
	    echo "The app still runs offscreen (tests); a desktop needs these libraries. Run: make sysdeps"; \
	  fi; \
	fi

test-sysdeps:
	@$(MAKE) --no-print-directory sysdeps PKGS="$(TEST_LIBS)"

translations: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
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

# The self-contained desktop app in dist/fieldapp/ (PyInstaller, packaging/fieldapp.spec; the
# same spec builds the Windows app, README.md "Building on Windows").
DIST_STAMP := $(VENV)/.installed-dist

$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q -e '.[dist]'
	touch $@

dist: $(DIST_STAMP) translations
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/fieldapp.spec

# The .qm files are kept in git (resources/translations/README.md): clean leaves them.
clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
