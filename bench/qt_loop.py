"""A qasync loop inside a QApplication, set up the way the app's own start does it."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

import qasync
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

T = TypeVar("T")


def run(main: Callable[[], Awaitable[T]]) -> T:
    app = QApplication.instance() or QApplication([])
    # The loop ends when `main` does: closing the window must not stop it under main's feet.
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        return loop.run_until_complete(main())


class Heartbeat(QObject):
    """Ticks every 5 ms: the longest gap between ticks is the longest the event loop was
    blocked (plus up to one interval). `on_tick` runs at every tick."""

    def __init__(self, on_tick: Callable[[], None] = lambda: None, interval_ms: int = 5):
        super().__init__()
        self._on_tick = on_tick
        self._timer = QTimer(self, interval=interval_ms, timerType=Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest = 0.0  # seconds

    def start(self) -> None:
        self._last = time.perf_counter()
        self.longest = 0.0
        self._timer.start()

    def stop(self) -> float:
        """Stops; returns the longest gap in ms, counting the time since the last tick."""
        self._timer.stop()
        self._tick_gap()
        return self.longest * 1000

    def _tick_gap(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def _tick(self) -> None:
        self._tick_gap()
        self._on_tick()
