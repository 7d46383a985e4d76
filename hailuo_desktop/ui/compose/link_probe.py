"""The first-frame field's background look at a link: half a second after the last edit, the
link is probed (an asyncio task owned here; a newer link cancels it) and what it led to comes
back as a thumbnail and a line of text, or a warning.

The probe itself is injected (the app's `ImageProbe.probe`, which does the network work);
this only schedules it, drops answers about links that are no longer current, and decodes the
picture for the thumbnail.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Protocol

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from .frame_thumbnail import decode_thumbnail

PROBE_DELAY_MS = 500


class ProbeOutcome(Protocol):
    """What a probe returns (`hailuo_desktop.api.images.ProbeResult` has this shape)."""

    @property
    def data(self) -> bytes | None: ...
    @property
    def problem(self) -> str | None: ...
    @property
    def content_type(self) -> str: ...


Probe = Callable[[str], Awaitable[ProbeOutcome]]


class LinkProbe(QObject):
    # link, warning (or None), summary (or None), QPixmap (or None)
    answered = Signal(str, object, object, object)

    def __init__(self, probe: Probe | None, device_ratio: Callable[[], float],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._probe = probe
        self._ratio = device_ratio
        self._link = ""
        self._in_flight = False
        self._task: asyncio.Task[None] | None = None
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PROBE_DELAY_MS)
        self._timer.timeout.connect(self._start)

    @property
    def available(self) -> bool:
        return self._probe is not None

    def schedule(self, link: str) -> None:
        """Look at `link` once the typing has stopped for a moment."""
        self.cancel()
        self._link = link
        self._timer.start()

    def cancel(self) -> None:
        """Forget the current link: a waiting or running look ends without an answer."""
        self._timer.stop()
        self._generation += 1
        self._in_flight = False
        if self._task is not None and not self._task.done():
            self._task.cancel()

    def busy(self) -> bool:
        """Waiting for the typing to stop, or looking: an answer is to come."""
        return self._in_flight or self._timer.isActive()

    def isChecking(self) -> bool:
        """`busy`, or a cancelled look still ending."""
        return self._timer.isActive() or (self._task is not None and not self._task.done())

    # --- internals -------------------------------------------------------------------------
    def _start(self) -> None:
        if self._probe is None:
            return
        self._generation += 1
        generation = self._generation
        self._in_flight = True
        task = asyncio.get_running_loop().create_task(
            self._run(self._probe, self._link, generation))
        task.add_done_callback(self._done)
        self._task = task

    def _is_current(self, generation: int) -> bool:
        return shiboken6.isValid(self) and generation == self._generation

    async def _run(self, probe: Probe, link: str, generation: int) -> None:
        try:
            result = await probe(link)
        except Exception:
            if self._is_current(generation):
                self._answer(link, self.tr("Couldn't check the image because of an unexpected "
                                           "error. The link can still be used."), None, None)
            raise
        if not self._is_current(generation):
            return
        if result.problem is not None or not result.data:
            self._answer(link, result.problem or self.tr("The image link sent back nothing."),
                         None, None)
        else:
            thumbnail = decode_thumbnail(result.data, result.content_type, self._ratio())
            self._answer(link, thumbnail.problem, thumbnail.summary, thumbnail.pixmap)

    def _answer(self, link: str, warning, summary, pixmap) -> None:
        self._in_flight = False
        self.answered.emit(link, warning, summary, pixmap)

    def _done(self, task: asyncio.Task[None]) -> None:
        exc = None if task.cancelled() else task.exception()
        if exc is not None:
            task.get_loop().call_exception_handler({
                "message": "The first-frame image check failed unexpectedly",
                "exception": exc,
                "task": task,
            })
        if shiboken6.isValid(self) and self._task is task:
            self._task = None
