"""Decides what the player shows for the selected task: its clip, or why there is none yet.

Updates of the same task (a download finishing, say) never restart the clip; while the task is
being made, the message's clock ticks here, without touching the player.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ...domain import messages
from ...domain.links import is_web_link
from ...domain.models import model_by_id
from ...domain.task import DownloadState, Task, TaskState, state_label
from ...domain.tracking import Tracking, TrackingStatus
from ..common.formatting import duration, one_line
from ..common.tracking_label import tracking_sentence
from .player_panel import PlayerPanel


def clip_source(task: Task) -> str | None:
    """The saved file when there is one, else the service's web link while it downloads.
    Anything else in `video_url` (file:, javascript:, …) is never handed to the player."""
    if task.state is not TaskState.SUCCEEDED:
        return None
    if task.download_state is DownloadState.SAVED and task.file_path:
        return task.file_path
    return task.video_url if is_web_link(task.video_url) else None


class ClipPreview(QObject):
    checkNowRequested = Signal()  # the user pressed "Check now" under a running task

    def __init__(self, panel: PlayerPanel, now,
                 parent: QObject | None = None, *,
                 tracking: Callable[[], TrackingStatus] = lambda: TrackingStatus(Tracking.IDLE)):
        super().__init__(parent)
        self._panel = panel
        self._now = now
        self._tracking = tracking
        panel.messageActionRequested.connect(self.checkNowRequested)
        self._playing: str | None = None  # local id whose clip the panel has
        self._waiting: Task | None = None  # a task being made, whose clock the message shows
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._tick)

    def show(self, task: Task | None, *, restart: bool = False) -> None:
        self._waiting = task if task is not None and task.state.is_running else None
        if self._waiting is None:
            self._clock.stop()
        elif not self._clock.isActive():
            self._clock.start()
        if task is None:
            self._playing = None
            self._panel.clear()
            return
        source = clip_source(task)
        if source is None:
            self._playing = None
            self._show_message(task)
            return
        if restart or self._playing != task.local_id:
            self._playing = task.local_id
            title = f"{model_by_id(task.request.model).label} — {one_line(task.request.prompt, 80)}"
            self._panel.showClip(title, source)

    def _tick(self) -> None:
        if self._waiting is not None:
            self._show_message(self._waiting)

    def _show_message(self, task: Task) -> None:
        if self._checked(task):
            self._panel.showMessage(self._message(task), self.tr("Check now"),
                                    self.tr("Ask the service about your unfinished videos now, "
                                            "without waiting for the next check."))
        else:
            self._panel.showMessage(self._message(task))

    @staticmethod
    def _checked(task: Task) -> bool:
        """Whether the service is being asked about this task (it has an id, it runs)."""
        return task.state.is_polled and bool(task.task_id)

    def _next_check(self) -> str:
        status = self._tracking()
        now = self._now()
        if status.troubled:
            return tracking_sentence(status, now)
        seconds = status.seconds_to_next_check(now)
        if status.kind is Tracking.IDLE or seconds is None:
            return self.tr("Checking now…")
        return self.tr("Next check in %n s.", "", seconds)

    def _message(self, task: Task) -> str:
        label = state_label(task.state)
        if task.state is TaskState.SUCCEEDED:  # done, but with nothing that may be played
            return f"{label}\n{messages.NOT_WEB_LINK.sentence}"
        if task.state.is_running:
            text = self.tr("{state}… {elapsed}\nThe clip plays here as soon as it is ready."
                           ).format(state=label.rstrip("…"),
                                    elapsed=duration(task.elapsed(self._now())))
            return f"{text}\n{self._next_check()}" if self._checked(task) else text
        explanation = messages.explain_task(task)
        return f"{label}\n{explanation}" if explanation else label
