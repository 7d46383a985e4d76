"""One piece of async work repeated on a Qt timer: never two at once, stopped cleanly."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QObject, QTimer


class Periodic(QObject):
    """Runs `work` when due; `work` returns the seconds until it is due again. `due_in` brings
    the next run closer, never later than already planned; asked while a run is under way, it
    is kept and counted from that run's end, so a run is never sooner than asked."""

    def __init__(self, work: Callable[[], Awaitable[float]], parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)
        self._job: asyncio.Task | None = None
        self._asked: float | None = None  # due_in while running, for after the run
        self._stopped = False

    def due_in(self, seconds: float) -> None:
        if self._stopped:
            return
        if self.running:
            self._asked = seconds if self._asked is None else min(self._asked, seconds)
            return
        wanted = max(0, round(seconds * 1000))
        if not self._timer.isActive() or wanted < self._timer.remainingTime():
            self._timer.start(wanted)

    @property
    def running(self) -> bool:
        # Until its done callback has planned the next run, not merely until the task ends.
        return self._job is not None

    async def stop(self) -> None:
        self._stopped = True
        self._timer.stop()
        job = self._job
        if job is not None:
            job.cancel()
            await asyncio.gather(job, return_exceptions=True)

    def _run(self) -> None:
        if self._stopped or self.running:
            return
        self._job = asyncio.get_running_loop().create_task(self._work())
        self._job.add_done_callback(self._done)

    def _done(self, job: asyncio.Task) -> None:
        self._job = None
        asked, self._asked = self._asked, None
        if job.cancelled() or self._stopped:
            return
        if job.exception() is not None:
            job.get_loop().call_exception_handler(
                {"message": "a periodic refresh failed unexpectedly",
                 "exception": job.exception()})
            return
        delay = job.result() if asked is None else min(job.result(), asked)
        self._timer.start(max(0, round(delay * 1000)))
