"""The status bar's account of tracking, with a live countdown to the next check."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ...domain.tracking import Tracking, TrackingStatus


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Tracking", text, None, n)


def tracking_sentence(status: TrackingStatus, now: float) -> str:
    """What tracking is doing and when it checks next, in one sentence ("" when idle)."""
    seconds = status.seconds_to_next_check(now)
    if not status.troubled:
        when = _tr("checking now…") if seconds is None else _tr("next check in %n s", seconds)
    elif seconds is None:
        when = _tr("trying again now…")
    else:
        when = _tr("trying again in %n s", seconds)
    videos = _tr("%n unfinished video(s)", status.unfinished)
    if status.kind is Tracking.IDLE:
        return ""
    if status.kind is Tracking.OK:
        return _tr("Tracking {videos} · {when}.").format(videos=videos, when=when)
    if status.kind is Tracking.BUSY:
        return _tr("The service is busy: {when}.").format(when=when)
    if status.kind is Tracking.OFFLINE:
        return _tr("Offline: can't reach the service. {when}.").format(
            when=when[:1].upper() + when[1:])
    if status.kind is Tracking.TOKEN:
        refused = (_tr("the service refused the token ({detail})").format(detail=status.detail)
                   if status.detail else _tr("the service refused the token"))
        return _tr("Can't check your videos: {refused}. Update it in Settings; {when}.").format(
            refused=refused, when=when)
    return _tr("The service had a problem answering: {when}.").format(when=when)


class TrackingLabel(QLabel):
    offlineChanged = Signal(bool)
    # Whether there are unfinished videos to check (the window offers "Check now" then).
    trackingChanged = Signal(bool)

    def __init__(self, now: Callable[[], float], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trackingLabel")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._now = now
        self._status = TrackingStatus(Tracking.IDLE)
        self._ticker = QTimer(self, interval=1000)
        self._ticker.timeout.connect(self._render)

    def status(self) -> TrackingStatus:
        return self._status

    def setStatus(self, status: TrackingStatus) -> None:
        was = self._status
        self._status = status
        if status.next_check_at is None:
            self._ticker.stop()
        elif not self._ticker.isActive():
            self._ticker.start()
        self._render()
        if (was.kind is Tracking.OFFLINE) != (status.kind is Tracking.OFFLINE):
            self.offlineChanged.emit(status.kind is Tracking.OFFLINE)
        if (was.kind is Tracking.IDLE) != (status.kind is Tracking.IDLE):
            self.trackingChanged.emit(status.kind is not Tracking.IDLE)

    def _render(self) -> None:
        self.setText(tracking_sentence(self._status, self._now()))
