"""The pieces of the first-frame field: a line edit that takes drops from browsers and file
managers and pasted pictures, a wrapped label that is never cut short, its small buttons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QToolButton, QWidget

from ...domain.links import NOTHING_DROPPED_PROBLEM, Links, link_from_drop

# Only these payloads are fetched from a drop: on X11 every format asked for is a round trip to
# the program the drag came from, and an image payload can be megabytes we would not use.
_DROP_FORMATS = frozenset({
    "text/uri-list", "text/html", "text/plain", "text/x-moz-url",
    "application/x-moz-file-promise-url", "_netscape_url",
})


def _local_file(mime: QMimeData) -> Path | None:
    """The first file from this computer in a drop or on the clipboard (a file manager's)."""
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile():
            return Path(url.toLocalFile())
    return None


class LinkEdit(QLineEdit):
    """The line edit itself takes drops, so a drop anywhere on it sets the link, or hands on a
    file or a picture from this computer. Ctrl+V of a picture (a screenshot, an image copied
    in another program) hands the picture on instead of pasting nothing."""

    dropped = Signal(object)        # DropResult
    fileDropped = Signal(object)    # Path of a file from this computer (dropped or pasted)
    picturePasted = Signal(object)  # QImage (pasted, or dropped without a link)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("firstFrameEdit")
        self.setAcceptDrops(True)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Paste) and self._paste_picture():
            event.accept()
            return
        super().keyPressEvent(event)

    def _paste_picture(self) -> bool:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return False
        path = _local_file(mime)
        if path is not None:
            self.fileDropped.emit(path)
            return True
        if mime.hasImage():
            image = QImage(mime.imageData())
            if not image.isNull():
                self.picturePasted.emit(image)
                return True
        return False  # text: pasted as text, and checked as a link

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
        result = link_from_drop(payloads)
        # A web link wins (a browser's drag may also carry a file); then a file from a file
        # manager; then a picture from a program that gives no link with it.
        path = _local_file(mime) if result.url is None else None
        if path is not None:
            self.fileDropped.emit(path)
            return
        if result.problem == Links.tr(NOTHING_DROPPED_PROBLEM) and mime.hasImage():
            image = QImage(mime.imageData())
            if not image.isNull():
                self.picturePasted.emit(image)
                return
        self.dropped.emit(result)


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


def tool_button(parent: QWidget, name: str, text: str, tip: str, accessible: str
                ) -> QToolButton:
    button = QToolButton(parent)
    button.setObjectName(name)
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(accessible)
    return button
