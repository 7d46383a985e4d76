#!/usr/bin/env bash
# `make self-test`: unpacks the archive that `make package` built into a fresh folder, as a
# user would, and runs the bundled program's --self-test there with a bare environment.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(.venv/bin/python -c \
  'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
archive=$PWD/dist/hailuo-desktop-$version-linux-$(uname -m).tar.gz
if [ ! -f "$archive" ]; then
  echo "There is no $archive yet: run make package first." >&2
  exit 1
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
started=$SECONDS
tar -C "$scratch" -xzf "$archive"
# No virtualenv, no PYTHONPATH, no display, a fresh home: the bundle must bring everything.
(cd "$scratch" && env -i HOME="$scratch" PATH=/usr/bin:/bin LANG=C.UTF-8 \
  ./hailuo-desktop/hailuo-desktop --self-test)
echo "Unpacked $(basename "$archive") and ran its self-test in $(( SECONDS - started )) s"
