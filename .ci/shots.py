"""What the screenshot scripts share: where pictures go, a fresh profile, waiting for a state,
and the app's Qt and qasync set-up on the virtual screen."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
from collections.abc import Callable, Coroutine
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "screenshots"
TOKEN = "screenshot-token"


async def until(condition, timeout: float = 20.0, what: str = "the expected state") -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(f"the window did not reach {what}")
        await asyncio.sleep(0.05)


def fresh_profile(**settings) -> Path:
    """A new data folder and library, with these settings on top of the shots' own: several
    videos at once (more than the default limit) and no notifications in the pictures."""
    data = Path(tempfile.mkdtemp(prefix="hailuo-shots-"))
    os.environ["HAILUO_DESKTOP_DATA_DIR"] = str(data)
    os.environ["HAILUO_DESKTOP_LIBRARY_DIR"] = str(data / "library")
    (data / "config").mkdir()
    values = {"max_concurrent": 10, "notifications": False, **settings}
    (data / "config" / "settings.json").write_text(json.dumps({"version": 2, "values": values}))
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
    return data


def run(make: Callable[[object], Coroutine], dark: bool) -> int:
    """Run `make(app)` on the app's style and a qasync loop; `dark` forces the dark scheme
    (Xvfb has no desktop theme to follow)."""
    import qasync
    from PySide6.QtWidgets import QApplication

    from hailuo_desktop.ui.common.style import apply_style

    if dark:
        os.environ["HAILUO_DESKTOP_COLOR_SCHEME"] = "dark"
    app = QApplication(sys.argv[:1])
    apply_style(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    OUT.mkdir(parents=True, exist_ok=True)
    with loop:
        loop.run_until_complete(make(app))
    return 0
