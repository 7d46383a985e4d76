"""The pieces of the first-frame field: a line edit that takes drops from browsers, and a
wrapped label that is never cut short."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ...domain.links import link_from_drop

# Only these payloads are fetched from a drop: on X11 every format asked for is a round trip to
# the program the drag came from, and an image payload can be megabytes we would not use.
_DROP_FORMATS = frozenset({
    "text/uri-list", "text/html", "text/plain", "text/x-moz-url",
    "application/x-moz-file-promise-url", "_netscape_url",
})


class LinkEdit(QLineEdit):
    """The line edit itself takes drops, so a drop anywhere on it sets the link."""

    dropped = Signal(object)  # DropResult

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("firstFrameEdit")
        self.setAcceptDrops(True)

    def _accept(self, event) -> bool:
        mime = event.mimeData()
        if event.source() is self or mime is None or not mime.formats():
            event.ignore()
            return False
        if event.possibleActions() & Qt.DropAction.CopyAction:
            event.setDropAction(Qt.DropAction.CopyAction)  # never let the source delete anything
            event.accept()
        else:
            event.acceptProposedAction()
        return True

    def dragEnterEvent(self, event) -> None:
        self._accept(event)

    def dragMoveEvent(self, event) -> None:
        self._accept(event)

    def dragLeaveEvent(self, event) -> None:
        event.accept()

    def dropEvent(self, event) -> None:
        if not self._accept(event):
            return
        mime = event.mimeData()
        payloads = {
            fmt: mime.data(fmt).data()
            for fmt in mime.formats()
            if fmt.split(";", 1)[0].strip().lower() in _DROP_FORMATS
        }
        self.dropped.emit(link_from_drop(payloads))


class FittingLabel(QLabel):
    """A word-wrapped label that claims the height its text needs at its current width.

    Layouts give a wrapped label only one line's height as its minimum, so a long warning would
    be cut off in a squeezed form; asking for heightForWidth on every resize prevents that.
    """

    _fitting = False

    def _fit(self) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            # QLabel.heightForWidth never answers less than the minimum height: clear it first.
            self.setMinimumHeight(0)
            if self.text():
                self.setMinimumHeight(max(self.heightForWidth(self.width()), 0))
        finally:
            self._fitting = False

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()
