"""The coloured dot before each row's state, one icon per state.

On a selected row the dot gets a white ring: the selection's blue is close to the blue of
"Generating", and a dot the colour of the highlight vanishes into it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from ...domain.task import TaskState

STATE_COLOURS = {
    TaskState.SUBMITTING: "#8a8f98", TaskState.PENDING: "#8a8f98",
    TaskState.PROCESSING: "#2f7de1", TaskState.SUCCEEDED: "#2e9e5b",
    TaskState.FAILED: "#d64541", TaskState.UNCONFIRMED: "#e0902b",
    TaskState.STALE: "#e0902b", TaskState.GONE: "#8a8f98",
}

SELECTED_RING = "#ffffff"


def _dot_pixmap(colour: str, ring: str | None) -> QPixmap:
    pixmap = QPixmap(12, 12)  # never larger: the column's icon size is the stills' one
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(ring), 2) if ring else Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(1, 1, 10, 10))
    painter.end()
    return pixmap


def _dot(colour: str) -> QIcon:
    icon = QIcon(_dot_pixmap(colour, None))
    # Its own pixmap when selected: else Qt would tint the dot into the highlight as well.
    icon.addPixmap(_dot_pixmap(colour, SELECTED_RING), QIcon.Mode.Selected)
    return icon


def state_dots() -> dict[TaskState, QIcon]:
    return {state: _dot(colour) for state, colour in STATE_COLOURS.items()}
