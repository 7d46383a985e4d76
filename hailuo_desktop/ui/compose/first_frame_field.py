"""The first-frame field of the generate form: a link the user types, pastes or drags in.

Every edit is checked at once with `check_first_frame_link` (a problem there blocks generating).
A `data:` URL is refused outright: the previous text comes back and the sentence says why.
Half a second after the last edit the link is probed in the background (an asyncio task the
field owns; a newer link cancels it) and the result shows as a thumbnail and one line of text.
A probe problem (unreachable, not a picture) is only a warning: the service may still see the
picture even when this computer can't.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Protocol

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImageReader, QPalette, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from ...domain.links import DATA_URL_PROBLEM, DropResult, check_first_frame_link
from .link_edit import FittingLabel, LinkEdit

log = logging.getLogger(__name__)

THUMBNAIL_SIZE = QSize(120, 68)
PROBE_DELAY_MS = 500

PLACEHOLDER = "https://… link to a picture (for image models)"
EDIT_TIP = (
    "A link to a picture on the web. The video starts from this picture.\n"
    "Paste or type the link, or drag a picture here from a web page."
)
INACTIVE_TIP = "Only the image models use a first frame. This link is kept but not sent."
CHECKING_TEXT = "Checking the image…"
EMPTY_HINT = "Paste a picture's link, or drag a picture here from a web page."
UNCHECKED_TEXT = "The link looks right. It is sent as it is."

_FORMAT_NAMES = {"jpeg": "JPEG", "jpg": "JPEG", "png": "PNG", "webp": "WebP", "gif": "GIF",
                 "bmp": "BMP"}


class ProbeOutcome(Protocol):
    """What a probe returns (`hailuo_desktop.api.images.ProbeResult` has this shape)."""

    @property
    def data(self) -> bytes | None: ...
    @property
    def problem(self) -> str | None: ...
    @property
    def content_type(self) -> str: ...


Probe = Callable[[str], Awaitable[ProbeOutcome]]


class FirstFrameField(QWidget):
    """Link edit + clear button + thumbnail + one line saying what the link leads to."""

    linkChanged = Signal(str)
    checked = Signal()

    def __init__(self, probe: Probe | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._probe = probe
        self._link = ""
        self._accepted_text = ""
        self._restoring = False
        self._active = True
        self._blocking: str | None = None
        self._notice: str | None = None
        self._warning: str | None = None
        self._summary: str | None = None
        self._pixmap = QPixmap()
        self._checked_link: str | None = None
        self._in_flight = False
        self._task: asyncio.Task[None] | None = None
        self._generation = 0

        self._thumbnail = QLabel(self)
        self._thumbnail.setObjectName("firstFrameThumbnail")
        self._thumbnail.setFixedSize(THUMBNAIL_SIZE + QSize(2, 2))
        self._thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._thumbnail.setTextFormat(Qt.TextFormat.PlainText)
        self._thumbnail.setWordWrap(True)
        self._thumbnail.setStyleSheet(
            "#firstFrameThumbnail { border: 1px solid palette(mid); border-radius: 3px;"
            " background: palette(base); }")
        self._thumbnail.setToolTip("Preview of the first frame")
        font = self._thumbnail.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self._thumbnail.setFont(font)
        self._thumbnail.setPalette(self._palette_for("hint"))

        self._edit = LinkEdit(self)
        self._edit.setPlaceholderText(PLACEHOLDER)
        self._edit.setToolTip(EDIT_TIP)
        self._edit.setAccessibleName("First frame image link")
        self._edit.setMinimumWidth(160)  # the form fits a 1024-pixel-wide screen

        self._clear = QToolButton(self)
        self._clear.setObjectName("firstFrameClear")
        self._clear.setText("Clear")
        self._clear.setToolTip("Remove the link")
        self._clear.setAccessibleName("Clear the first frame link")
        self._clear.setEnabled(False)

        self._info = FittingLabel(self)
        self._info.setObjectName("firstFrameInfo")
        self._info.setTextFormat(Qt.TextFormat.PlainText)  # URLs and server text may hold HTML
        self._info.setWordWrap(True)
        self._info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._info.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._info.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PROBE_DELAY_MS)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self._edit, 1)
        row.addWidget(self._clear)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.addWidget(self._thumbnail, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(row, 0, 1)
        grid.addWidget(self._info, 1, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)

        self._edit.textChanged.connect(self._on_text_changed)
        self._edit.dropped.connect(self._on_dropped)
        self._clear.clicked.connect(self._on_clear)
        self._timer.timeout.connect(self._start_probe)
        self._refresh()

    # --- the form's API --------------------------------------------------------------------------

    def link(self) -> str:
        return self._link

    def setLink(self, text: str) -> None:
        self._edit.setText(text)

    def setActive(self, active: bool) -> None:
        """Off when the chosen model takes no first frame: the text stays but is not sent."""
        if active == self._active:
            return
        self._active = active
        for widget in (self._edit, self._clear, self._thumbnail, self._info):
            widget.setEnabled(active)
        if active:
            self._clear.setEnabled(bool(self._edit.text()))
            self.setToolTip("")
            self._edit.setToolTip(EDIT_TIP)
            self._thumbnail.setToolTip("Preview of the first frame")
            if self._needs_probe():
                self._timer.start()
        else:
            self._timer.stop()
            for widget in (self, self._edit, self._thumbnail):
                widget.setToolTip(INACTIVE_TIP)
        self._refresh()

    def isActive(self) -> bool:
        return self._active

    def blockingProblem(self) -> str | None:
        """Why the link can't be sent; None when it can, is empty, or the field is inactive."""
        return self._blocking if self._active else None

    def probeWarning(self) -> str | None:
        """What the background check found wrong with the current link, if anything."""
        return self._warning

    def isChecking(self) -> bool:
        """True while a check is waiting for the typing to stop, running, or being cancelled."""
        return self._timer.isActive() or (self._task is not None and not self._task.done())

    def shutdown(self) -> None:
        """Stop the timer and cancel the running check (it finishes on the next loop turn)."""
        self._timer.stop()
        self._cancel_task()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)

    # --- edits and drops -----------------------------------------------------------------------

    def _on_text_changed(self, text: str) -> None:
        if self._restoring:
            return
        check = check_first_frame_link(text)
        # Refused when pasted or dropped; typed (one character more) it stays, with the sentence.
        if check.problem == DATA_URL_PROBLEM and text[:-1] != self._accepted_text:
            self._restoring = True
            try:
                self._edit.setText(self._accepted_text)
            finally:
                self._restoring = False
            self._notice = check.problem
            self._refresh()
            return
        self._accepted_text = text
        self._notice = None
        self._blocking = check.problem
        self._clear.setEnabled(self._active and bool(text))
        if check.url != self._link:
            self._link = check.url
            self._forget_result()
            if self._needs_probe():
                self._timer.start()
            else:
                self._timer.stop()
            self._refresh()
            self.linkChanged.emit(self._link)
        else:
            self._refresh()

    def _on_dropped(self, result: DropResult) -> None:
        self._notice = result.problem if result.url is None else None
        self._refresh()
        if result.url is not None:
            self._edit.setText(result.url)
            self._edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_clear(self) -> None:
        self._edit.clear()
        self._edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the background check ------------------------------------------------------------------

    def _needs_probe(self) -> bool:
        return (self._probe is not None and self._active and bool(self._link)
                and self._blocking is None and self._checked_link != self._link)

    def _forget_result(self) -> None:
        self._timer.stop()
        self._cancel_task()
        self._warning = None
        self._summary = None
        self._pixmap = QPixmap()
        self._checked_link = None

    def _cancel_task(self) -> None:
        self._generation += 1
        self._in_flight = False
        if self._task is not None and not self._task.done():
            self._task.cancel()

    def _start_probe(self) -> None:
        if not self._needs_probe():
            self._refresh()
            return
        assert self._probe is not None
        self._cancel_task()
        link = self._link
        generation = self._generation
        self._in_flight = True
        task = asyncio.get_running_loop().create_task(self._run_probe(self._probe, link,
                                                                      generation))
        task.add_done_callback(self._on_task_done)
        self._task = task
        self._refresh()

    def _is_current(self, link: str, generation: int) -> bool:
        return (shiboken6.isValid(self) and generation == self._generation
                and link == self._link)

    async def _run_probe(self, probe: Probe, link: str, generation: int) -> None:
        try:
            result = await probe(link)
        except Exception:
            if self._is_current(link, generation):
                self._show_result(link, "Couldn't check the image because of an unexpected "
                                        "error. The link can still be used.", None)
                self.checked.emit()
            raise
        if not self._is_current(link, generation):
            return
        if result.problem is not None or not result.data:
            self._show_result(link, result.problem or "The image link sent back nothing.", None)
        else:
            self._show_picture(link, result.data, result.content_type)
        self.checked.emit()

    def _on_task_done(self, task: asyncio.Task[None]) -> None:
        exc = None if task.cancelled() else task.exception()
        if exc is not None:
            task.get_loop().call_exception_handler({
                "message": "The first-frame image check failed unexpectedly",
                "exception": exc,
                "task": task,
            })
        if shiboken6.isValid(self) and self._task is task:
            self._task = None

    def _show_picture(self, link: str, data: bytes, content_type: str) -> None:
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        try:
            reader = QImageReader(buffer)
            size = reader.size()
            name = reader.format().data().decode("ascii", "replace").lower()
            ratio = self.devicePixelRatioF()
            box = QSize(round(THUMBNAIL_SIZE.width() * ratio),
                        round(THUMBNAIL_SIZE.height() * ratio))
            if size.isValid() and not size.isEmpty():
                # Decode at thumbnail size: quicker for big JPEGs, and no 100-megapixel buffers.
                reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
            image = reader.read()
            error = reader.errorString()
        finally:
            buffer.close()
            buffer.deleteLater()
        if image.isNull():
            self._show_result(link, f"This picture can't be shown here ({error}). Use a PNG, "
                                    "JPEG or WebP image.", None)
            return
        if not size.isValid() or size.isEmpty():
            size = image.size()
            image = image.scaled(box, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        kind = _FORMAT_NAMES.get(name) or content_type.rpartition("/")[2].upper() or "image"
        self._show_result(link, None, f"{size.width()} × {size.height()} px · {kind}", pixmap)

    def _show_result(self, link: str, warning: str | None, summary: str | None,
                     pixmap: QPixmap | None = None) -> None:
        self._in_flight = False
        self._checked_link = link
        self._warning = warning
        self._summary = summary
        self._pixmap = pixmap if pixmap is not None else QPixmap()
        self._refresh()

    # --- what the user sees ----------------------------------------------------------------------

    def _refresh(self) -> None:
        checking = self._in_flight or self._timer.isActive()
        if self._notice is not None:  # why a paste was refused beats what the old text lacks
            text, level = self._notice, "warning"
        elif self._blocking is not None:
            text, level = self._blocking, "error"
        elif not self._link:
            text, level = EMPTY_HINT, "hint"
        elif checking:
            text, level = CHECKING_TEXT, "hint"
        elif self._warning is not None:
            text, level = self._warning, "warning"
        elif self._summary is not None:
            text, level = self._summary, "normal"
        elif self._probe is None:
            text, level = UNCHECKED_TEXT, "hint"
        else:
            text, level = "", "hint"
        self._info.setText(text)
        self._info.setProperty("level", level)
        self._info.setPalette(self._palette_for(level))

        if not checking and not self._pixmap.isNull():
            self._thumbnail.setPixmap(self._pixmap)
        else:
            if not self._active:
                self._thumbnail.setText("Not used")
            elif checking and self._link:
                self._thumbnail.setText("…")
            elif self._link and (self._warning or self._blocking):
                self._thumbnail.setText("No preview")
            else:
                self._thumbnail.setText("No picture")

    def _palette_for(self, level: str) -> QPalette:
        palette = QPalette(self.palette())
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        colours = {
            "error": QColor("#ff8a80" if dark else "#b3261e"),
            "warning": QColor("#ffb74d" if dark else "#8a5300"),
            "hint": palette.color(QPalette.ColorRole.PlaceholderText),
        }
        if level in colours:  # the disabled look stays grey
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                palette.setColor(group, QPalette.ColorRole.WindowText, colours[level])
        return palette
