"""The status bar's account of tracking, with a live countdown to the next try."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ...domain.tracking import Tracking, TrackingStatus


class TrackingLabel(QLabel):
    offlineChanged = Signal(bool)

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
        was_offline = self._status.kind is Tracking.OFFLINE
        self._status = status
        if status.retry_at is None:
            self._ticker.stop()
        elif not self._ticker.isActive():
            self._ticker.start()
        self._render()
        if was_offline != (status.kind is Tracking.OFFLINE):
            self.offlineChanged.emit(status.kind is Tracking.OFFLINE)

    def _render(self) -> None:
        self.setText(self._status.sentence(self._now()))
