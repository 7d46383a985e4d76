"""Which Hailuo Desktop this is: one answer for About, sidecars, support info, --version."""

from __future__ import annotations

import functools
from importlib import metadata

DISTRIBUTION = "hailuo-desktop"


@functools.cache
def app_version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:  # run from a folder that was never installed
        return "unknown"
