"""The status bar's account of tracking, with a live countdown to the next check."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ...domain.i18n import Context
from ...domain.tracking import Tracking, TrackingStatus

TrackingText = Context("TrackingText")


def tracking_sentence(status: TrackingStatus, now: float) -> str:
    """What tracking is doing and when it checks next, in one sentence ("" when idle)."""
    seconds = status.seconds_to_next_check(now)
    if status.kind is Tracking.IDLE:
        return ""
    videos = TrackingText.tr("%n unfinished video(s)", "", status.unfinished)
    if status.kind is Tracking.OK:
        if seconds is None:
            return TrackingText.tr("Tracking {videos} · checking now…").format(videos=videos)
        return TrackingText.tr("Tracking {videos} · next check in %n s.", "", seconds).format(
            videos=videos)
    if status.kind is Tracking.TOKEN:
        if seconds is None:
            when = TrackingText.tr("trying again now…")
        else:
            when = TrackingText.tr("trying again in %n s", "", seconds)
        if status.detail:
            return TrackingText.tr("Can't check your videos: the service refused the token "
                                   "({detail}). Update it in Settings; {when}.").format(
                                       detail=status.detail, when=when)
        return TrackingText.tr("Can't check your videos: the service refused the token. Update "
                               "it in Settings; {when}.").format(when=when)
    if seconds is None:
        return {
            Tracking.BUSY: TrackingText.tr("The service is busy: trying again now…"),
            Tracking.OFFLINE: TrackingText.tr("Offline: can't reach the service. Trying again "
                                              "now…"),
        }.get(status.kind, TrackingText.tr("The service had a problem answering: trying again "
                                           "now…"))
    if status.kind is Tracking.BUSY:
        return TrackingText.tr("The service is busy: trying again in %n s.", "", seconds)
    if status.kind is Tracking.OFFLINE:
        return TrackingText.tr("Offline: can't reach the service. Trying again in %n s.", "",
                               seconds)
    return TrackingText.tr("The service had a problem answering: trying again in %n s.", "",
                           seconds)


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
