"""The app as a user starts it, driven only through its public entry point `create_window()`.

The parent process prepares the environment (`app_env`); a child process opens the window
(`open_window`), measures, and closes it the orderly way (`close_window`).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

CLOSE_TIMEOUT = 60.0


def _closed_port() -> int:
    """A local port nobody listens on: the account's service address, so that nothing the app
    might send leaves this computer, and every attempt is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def app_env(data_dir: Path, library_dir: Path) -> dict[str, str]:
    """Account mode with a token, an isolated data folder and library, offscreen."""
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "QT_LOGGING_RULES": "qt.multimedia.*=false",
        "HAILUO_DESKTOP_DATA_DIR": str(data_dir),
        "HAILUO_DESKTOP_LIBRARY_DIR": str(library_dir),
        "ACEDATACLOUD_API_TOKEN": "bench-token",
        "ACEDATACLOUD_API_BASE_URL": f"http://127.0.0.1:{_closed_port()}",
        # The public price rules and status page are asked for at start: not from the bench.
        "PLATFORM_API_BASE_URL": f"http://127.0.0.1:{_closed_port()}",
        "HAILUO_DESKTOP_STATUS_URL": f"http://127.0.0.1:{_closed_port()}/data/status_1.json",
    })
    return env


def fresh_env(work: Path, ledger_root: Path | None = None) -> dict[str, str]:
    """`app_env` with a new data folder under `work`: empty, or holding a copy of the ledger
    `ledger_fill.fill` made in `ledger_root` (whose library holds the saved clip)."""
    data = Path(tempfile.mkdtemp(prefix="data-", dir=work))
    if ledger_root is None:
        return app_env(data, data / "library")
    shutil.copyfile(ledger_root / "data" / "tasks.sqlite3", data / "tasks.sqlite3")
    return app_env(data, ledger_root / "library")


@dataclass
class Opened:
    window: object      # the app's QMainWindow
    seconds: float      # from create_window() until the table model held every row
    stall_ms: float     # the longest the event loop was blocked after show(), until then


async def open_window(rows: int, timeout: float) -> Opened:
    """Open the app and wait until its table model holds `rows` rows (checked every 5 ms)."""
    from hailuo_desktop.app import create_window

    from .qt_loop import Heartbeat

    start = time.perf_counter()
    window = create_window(demo=False)
    window.resize(window.sizeHint())
    window.show()
    loaded = asyncio.Event()
    reached = 0.0

    def check() -> None:
        nonlocal reached
        if not loaded.is_set() and window.table.model().rowCount() >= rows:
            reached = time.perf_counter()
            loaded.set()

    beat = Heartbeat(check)
    beat.start()
    check()
    try:
        await asyncio.wait_for(loaded.wait(), timeout)
    finally:
        stall = beat.stop()
    return Opened(window, reached - start, stall)


async def close_window(window) -> None:
    finished = asyncio.Event()
    window.shutdownFinished.connect(finished.set)
    window.close()
    await asyncio.wait_for(finished.wait(), CLOSE_TIMEOUT)
