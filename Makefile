# dtlearn: the two commands are `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

# Debian packages Qt's widgets need (offscreen for tests, xcb for a real window).
QT_DEBS := libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 \
  libxkbcommon0 libxkbcommon-x11-0 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 \
  libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 \
  libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core

# Ralph, the real LRS that tests/test_lrs_integration.py and bench/sync_push.py push to, lives
# in its own virtualenv: its pins (FastAPI, pydantic, uvicorn) would clash with ours. Its
# `lrs` extra leaves out `requests`, which it needs. The stamp names the version, so changing
# the pin reinstalls.
LRS_VENV := .venv-lrs
RALPH_VERSION := 5.1.0
LRS_STAMP := $(LRS_VENV)/.installed-ralph-$(RALPH_VERSION)

.PHONY: run test install qt-libs lint clean lrs-venv translations update-translations \
  build-tools

TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

install: $(STAMP) qt-libs translations

# Compiled catalogues are built, not committed: make them from the .ts sources.
translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# For developers after changing interface strings: refresh the .ts sources from the code.
update-translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find src/dtlearn/ui -name '*.py' | sort) \
	  -ts $(TS) -source-language en -no-obsolete -locations relative

$(VENV)/bin/python:
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { \
	  rm -rf $(VENV); \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing python3-venv (needed to create .venv)..."; \
	    apt-get update -q && apt-get install -y -q python3-venv && $(PYTHON) -m venv $(VENV); \
	  else \
	    echo "Python cannot create a virtual environment here. Run:"; \
	    echo "  sudo apt-get install -y python3-venv"; exit 1; \
	  fi; }

$(STAMP): $(VENV)/bin/python pyproject.toml
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	@touch $(STAMP)

# Qt loads system libraries at run time: the offscreen platform for tests, xcb for a real
# window. Install what is missing when we can (root with apt-get), else print the exact line.
QT_XCB = $$($(PY) -c "import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent / 'Qt/plugins/platforms/libqxcb.so')")
qt-libs: $(STAMP)
	@missing=0; \
	QT_QPA_PLATFORM=offscreen $(PY) -c "from PySide6 import QtWidgets" 2>/dev/null || missing=1; \
	if command -v ldd >/dev/null && ldd $(QT_XCB) 2>/dev/null | grep -q "not found"; then missing=1; fi; \
	if [ $$missing = 1 ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing the system libraries Qt needs..."; \
	    apt-get update -q && apt-get install -y -q --no-install-recommends $(QT_DEBS); \
	  else \
	    echo "Qt needs some system libraries. Run:"; \
	    echo "  sudo apt-get install -y $(QT_DEBS)"; exit 1; \
	  fi; \
	fi

# After $(VENV)/bin/python, whose recipe installs python3-venv when it is missing.
$(LRS_STAMP): $(VENV)/bin/python
	$(PYTHON) -m venv $(LRS_VENV)
	$(LRS_VENV)/bin/python -m pip install -q --upgrade pip
	$(LRS_VENV)/bin/python -m pip install -q 'ralph-malph[lrs,cli]==$(RALPH_VERSION)' \
	  'requests>=2.31,<3'
	@touch $(LRS_STAMP)

lrs-venv: $(LRS_STAMP)

run: install
	$(PY) -m dtlearn

# PyInstaller (tests/test_build.py builds the installer) needs binutils and Python's shared
# library, which a minimal Debian lacks; build_installer.py names the packages missing.
build-tools: $(STAMP)
	@missing="$$($(PY) build_installer.py --missing-debs)"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing what the installer build needs: $$missing"; \
	    apt-get update -q && apt-get install -y -q --no-install-recommends $$missing; \
	  else \
	    echo "The installer build needs some system packages. Run:"; \
	    echo "  sudo apt-get install -y $$missing"; exit 1; \
	  fi; \
	fi

lint: install
	$(VENV)/bin/ruff check src tests bench build_installer.py installer
	$(VENV)/bin/mypy
	$(VENV)/bin/mypy build_installer.py bench/build.py
	$(VENV)/bin/lint-imports

test: install lrs-venv build-tools lint
	$(PY) -m dtlearn validate courses
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

clean:
	rm -rf $(VENV) $(LRS_VENV) build dist .pytest_cache .mypy_cache .ruff_cache
