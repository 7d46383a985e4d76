"""From process start to the main window's first paint: the app next to a bare PySide6
QMainWindow, each measured the same way in fresh processes taking turns.

The parent notes the wall-clock time just before it starts a process; the child notes it when
the first Paint event reaches its main window (an event filter). The app runs in account mode
with an empty ledger and a token for a service address nobody listens on.
Only the standard library is imported before the variant's own imports: they are measured.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from .child import emit, launch
from .figures import Figure, median

REPETITIONS = 5
TIMEOUT = 60.0


def measure(work: Path) -> list[Figure]:
    from .app_window import fresh_env

    times: dict[str, list[float]] = {"app": [], "bare": []}
    for _ in range(REPETITIONS):
        for variant in times:
            result = launch("bench.startup", variant, env=fresh_env(work), timeout=TIMEOUT)
            painted = result.get("painted_at")
            if painted is None:
                return [Figure(f"start → window painted ({variant})",
                               result.missing(), "≤ 1.5×")]
            times[variant].append(painted - result.launched)
    app, bare = median(times["app"]), median(times["bare"])
    return [Figure("start → main window painted: app vs bare PySide6 QMainWindow",
                   f"{app * 1000:.0f} ms vs {bare * 1000:.0f} ms = {app / bare:.2f}× "
                   f"(median of {REPETITIONS})", "≤ 1.5×")]


def _first_paint_filter(window, on_paint):
    """Calls `on_paint(time.time())` when the first Paint event reaches `window`."""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                on_paint(time.time())
            return False

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    return watcher


def _bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()

    def painted(at: float) -> None:
        emit(painted_at=at)
        app.quit()

    _first_paint_filter(window, painted)
    window.show()
    app.exec()


async def _app() -> None:
    import asyncio

    from hailuo_desktop.app import create_window

    from .app_window import close_window

    window = create_window(demo=False)
    painted = asyncio.get_running_loop().create_future()
    _first_paint_filter(window, lambda at: painted.done() or painted.set_result(at))
    window.resize(window.sizeHint())
    window.show()
    emit(painted_at=await painted)
    await close_window(window)


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        _bare()
    else:
        from .qt_loop import run

        run(_app)
