#!/usr/bin/env bash
# `make package`: builds the one-folder bundle dist/hailuo-desktop/ and its archive
# dist/hailuo-desktop-<version>-linux-<arch>.tar.gz, then prints sizes and the time it took.
# Linux only (the spec also has Windows and macOS sections: see packaging/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS

.ci/bootstrap
# strip and readelf (binutils) trim the debug info below.
if ! command -v strip >/dev/null 2>&1 || ! command -v readelf >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends binutils >/dev/null
  else
    echo "Packaging needs binutils. Please run: sudo apt-get install -y binutils" >&2
    exit 1
  fi
fi
# PyInstaller is the `package` extra, pinned in .ci/constraints.txt. The install stays editable.
stamp=.venv/.installed-package
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ .ci/constraints.txt -nt "$stamp" ]; then
  mkdir -p build
  # setuptools' editable-install chatter goes to a log, shown only when the install fails.
  if ! .venv/bin/python -m pip install -q --disable-pip-version-check -c .ci/constraints.txt \
      -e '.[package]' > build/pip-package.log 2>&1; then
    cat build/pip-package.log >&2
    exit 1
  fi
  touch "$stamp"
fi

version=$(.venv/bin/python -c \
  'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(uname -m)
bundle=dist/hailuo-desktop
archive=dist/hailuo-desktop-$version-linux-$arch.tar.gz

rm -rf build/pyinstaller "$bundle" "$archive"
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/hailuo-desktop.spec

# Python's own libraries (a pyenv or source build) and PyAV's extensions carry debug info:
# about 45 MB that nobody running the app needs. Only debug sections go; symbols stay.
while IFS= read -r -d '' library; do
  if readelf -S --wide "$library" 2>/dev/null | grep -q '\.debug_info'; then
    strip --strip-debug "$library"
  fi
done < <(find "$bundle" -type f -name '*.so*' -print0)

# What a user needs beside the program: the license, and the desktop integration files.
cp LICENSE "$bundle/"
install -m 755 packaging/linux/install-menu-entry.sh "$bundle/"
install -D -m 644 packaging/linux/hailuo-desktop.desktop \
  "$bundle/share/applications/hailuo-desktop.desktop"
install -D -m 644 packaging/linux/io.github.hailuo_desktop.HailuoDesktop.metainfo.xml \
  "$bundle/share/metainfo/io.github.hailuo_desktop.HailuoDesktop.metainfo.xml"
mkdir -p "$bundle/share/icons"
cp -R resources/icons/hicolor "$bundle/share/icons/"
install -D -m 644 resources/icons/hailuo-desktop.svg \
  "$bundle/share/icons/hicolor/scalable/apps/hailuo-desktop.svg"

tar -C dist -czf "$archive" hailuo-desktop

unpacked=$(du -sm "$bundle" | cut -f1)
packed=$(( $(stat -c %s "$archive") / 1024 / 1024 ))
echo "Built $archive"
echo "  unpacked: ${unpacked} MiB in $bundle, archived: ${packed} MiB," \
     "in $(( SECONDS - started )) s"
