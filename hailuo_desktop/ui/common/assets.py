"""Where the app's own files (icons, styles) are, however it was started.

Three layouts exist: a PyInstaller bundle unpacks them under ``sys._MEIPASS/resources``; an
installed package may carry them as package data in ``hailuo_desktop/resources``; a source
checkout has them in the repository's top-level ``resources/``. No Qt here, so a missing file
can be reported before a QApplication exists.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parents[2]  # hailuo_desktop/


def _candidates() -> list[Path]:
    found = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "resources")
    found.append(_PACKAGE_DIR / "resources")
    found.append(_PACKAGE_DIR.parent / "resources")
    return found


@functools.cache
def resources_root() -> Path:
    """The first resources folder that exists; the checkout's one when none does."""
    candidates = _candidates()
    return next((path for path in candidates if path.is_dir()), candidates[-1])


def resource_path(*parts: str) -> Path:
    """``resource_path("icons", "hailuo-desktop.svg")``. The file may be missing: callers check."""
    return resources_root().joinpath(*parts)
