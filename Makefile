# The two commands of the README's quick start, and the packaging entry point.
# Every target sets itself up first (.ci/bootstrap: system libraries, .venv, pinned deps).

PY := .venv/bin/python

.PHONY: demo test lint bench bootstrap screenshots translations translations-update

# Also compiles the translations (resources/translations/*.ts -> .qm), so every target has them.
bootstrap:
	@.ci/bootstrap

translations: bootstrap

# After changing user-visible text: reread every tr() into the .ts sources (new messages come in
# unfinished, gone ones are dropped), then translate what is new (Qt Linguist, or by hand).
translations-update: bootstrap
	.ci/translations update

demo: bootstrap
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		echo "No screen found: starting on a virtual one (xvfb-run)."; \
		xvfb-run -a -s "-screen 0 1400x900x24" $(PY) -m hailuo_desktop --demo; \
	else \
		$(PY) -m hailuo_desktop --demo; \
	fi

lint: bootstrap
	.venv/bin/ruff check hailuo_desktop tests bench
	.venv/bin/lint-imports

# pytest exits 5 when it collected no test: that is a failure here, never a silent pass.
test: lint
	@QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing." >&2; exit 1; fi; \
	exit $$rc

# Prints every figure of the README's benchmark table, measured in this run (a few minutes;
# `$(PY) -m bench NAME ...` runs some). The scenarios that open the app run offscreen.
bench: bootstrap
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

# Refreshes the README's screenshots (a real window on a virtual X screen): a desktop, both
# schemes; a 1024×600 netbook; a 1366×768 laptop driven from the keyboard; scale 2.
SHOT := QT_QPA_PLATFORM=xcb xvfb-run -a -s
screenshots: bootstrap
	$(SHOT) "-screen 0 1440x900x24" $(PY) .ci/screenshots.py
	$(SHOT) "-screen 0 1440x900x24" $(PY) .ci/screenshots.py dark
	$(SHOT) "-screen 0 1440x900x24" $(PY) .ci/screenshots.py zh
	$(SHOT) "-screen 0 1024x600x24" $(PY) .ci/screenshots.py small-screen
	$(SHOT) "-screen 0 1366x768x24" $(PY) .ci/screenshots.py keyboard keyboard-laptop
	QT_SCALE_FACTOR=2 $(SHOT) "-screen 0 2732x1536x24" $(PY) .ci/screenshots.py dark scale-2
	$(SHOT) "-screen 0 1440x900x24" $(PY) .ci/library_screenshots.py
	$(SHOT) "-screen 0 1440x900x24" $(PY) .ci/screenshots_platform.py
	$(SHOT) "-screen 0 1440x900x24" $(PY) .ci/screenshots_platform.py dark
	$(SHOT) "-screen 0 1024x600x24" $(PY) .ci/screenshots_platform.py small

.PHONY: package self-test

# The one-folder bundle dist/hailuo-desktop/ and its archive (packaging/README.md).
package:
	@packaging/build.sh

# Unpacks that archive into a fresh folder and runs the bundled `hailuo-desktop --self-test`.
self-test:
	@packaging/check-archive.sh
