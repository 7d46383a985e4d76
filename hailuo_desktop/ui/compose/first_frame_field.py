"""The first-frame field of the generate form: a link the user types, pastes or drags in, or a
picture from this computer (Browse…, a file dropped from a file manager, Ctrl+V of a
screenshot), which is uploaded to become a link.

Every edit is checked at once with `check_first_frame_link` (a problem there blocks generating).
A `data:` URL is refused outright: the previous text comes back and the sentence says why.
Shortly after the last edit the link is probed in the background (`LinkProbe`) and the result
shows as a thumbnail and one line of text. A probe problem (unreachable, not a picture) is only
a warning: the service may still see the picture even when this computer can't.

A picture from this computer goes to the upload bar (`FrameUpload`): while it uploads the edit
shows its name and the link is empty, so nothing can be sent; once uploaded, its link fills
the edit and is probed like any other, so the thumbnail shows the picture as it will be sent.
A refused or failed upload leaves no link and its sentence blocks generating. The picture's
own name (and the clip it was taken from, for "continue from a frame") stays tied to its link.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QWidget

from ...domain.links import DATA_URL_PROBLEM, DropResult, Links, check_first_frame_link
from ...domain.picture_rules import PastedPicture
from ...services.pictures import PASTED_NAME
from .first_frame_texts import (
    CHECKING_TEXT,
    EDIT_TIP,
    EMPTY_HINT,
    INACTIVE_TIP,
    PLACEHOLDER,
    UNCHECKED_TEXT,
    UPLOAD_CANCELLED,
    UPLOADING_PROBLEM,
)
from .first_frame_upload import FrameUpload, ask_for_picture
from .frame_thumbnail import ThumbnailLabel, short_name, tone_palette
from .link_edit import FittingLabel, LinkEdit, tool_button
from .link_probe import LinkProbe, Probe


class FirstFrameField(QWidget):
    """Link edit + Browse… + Clear + thumbnail + one line saying what the link leads to, and
    the upload bar while a picture from this computer is on its way."""

    linkChanged = Signal(str)
    checked = Signal()
    platformTokenRequested = Signal()  # an upload needs the platform token that is missing

    def __init__(self, probe: Probe | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self._prober = LinkProbe(probe, self.devicePixelRatioF, self)
        # A picture from this computer: (name, clip) while it uploads; why it was refused; what
        # to send again once a platform token is added; each uploaded link's (name, clip).
        self._uploading: tuple[str, str | None] | None = None
        self._failure: str | None = None
        self._retry: tuple[object, str, str | None] | None = None
        self._origins: dict[str, tuple[str, str | None]] = {}

        self._thumbnail = ThumbnailLabel(self)

        self._edit = LinkEdit(self)
        self._edit.setPlaceholderText(self.tr(PLACEHOLDER))
        self._edit.setToolTip(self.tr(EDIT_TIP))
        self._edit.setAccessibleName(self.tr("First frame image link"))
        self._edit.setMinimumWidth(160)  # the form fits a 1024-pixel-wide screen

        self._browse = tool_button(self, "firstFrameBrowse", self.tr("Browse…"), self.tr(
            "Choose a picture on this computer (JPEG, PNG or WebP, up to 20 MB). It is "
            "uploaded to your AceData account."), self.tr(
            "Choose a first frame picture on this computer"))
        self._clear = tool_button(self, "firstFrameClear", self.tr("Clear"),
                                   self.tr("Remove the picture"),
                                   self.tr("Clear the first frame"))
        self._clear.setEnabled(False)

        self.upload = FrameUpload(self)

        self._info = FittingLabel(self)
        self._info.setObjectName("firstFrameInfo")
        self._info.setTextFormat(Qt.TextFormat.PlainText)  # URLs and server text may hold HTML
        self._info.setWordWrap(True)
        self._info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._info.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._info.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        # The link gets the whole width (a narrow form still shows a good part of it); the
        # buttons, the sentence and the upload bar sit beside the thumbnail.
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(4)
        buttons.addWidget(self._browse)
        buttons.addWidget(self._clear)
        buttons.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.addWidget(self._edit, 0, 0, 1, 2)
        grid.addWidget(self._thumbnail, 1, 0, 3, 1, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(buttons, 1, 1)
        grid.addWidget(self._info, 2, 1)
        grid.addWidget(self.upload, 3, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)

        self._edit.textChanged.connect(self._on_text_changed)
        self._edit.dropped.connect(self._on_dropped)
        self._edit.fileDropped.connect(self.usePicture)
        self._edit.picturePasted.connect(self.usePicture)
        self._browse.clicked.connect(lambda: ask_for_picture(self, self.usePicture))
        self._clear.clicked.connect(self._on_clear)
        self.upload.succeeded.connect(self._on_uploaded)
        self.upload.refused.connect(lambda sentence, _token: self._end_picture(sentence))
        self.upload.cancelled.connect(self._on_upload_cancelled)
        self.upload.tokenRequested.connect(self.platformTokenRequested)
        self._prober.answered.connect(self._on_answered)
        self._refresh()

    # --- the form's API --------------------------------------------------------------------------

    def link(self) -> str:
        return self._link

    def setLink(self, text: str) -> None:
        self._leave_picture()
        self._edit.setText(text)

    def setUploader(self, uploader) -> None:
        """The session's upload service (services.uploads.UploadService), or None."""
        self.upload.setUploader(uploader)

    def usePicture(self, source: Path | PastedPicture | QImage, name: str = "",
                   continues_from: str | None = None) -> None:
        """Upload a picture from this computer and use its link: a file, a picture's bytes
        (a frame from a clip), or a pasted image."""
        if isinstance(source, Path | PastedPicture):
            name = name or source.name
        name = name or self.tr(PASTED_NAME)
        self._retry = (source, name, continues_from)
        self._enter_picture(name, continues_from)
        self.upload.start(source, name)

    def retryUpload(self) -> None:
        """A platform token was added: send again the picture that was waiting for one."""
        if self._retry is not None and self._failure is not None and not self._link:
            self.usePicture(*self._retry)

    def pictureOrigin(self) -> tuple[str | None, str | None]:
        """For the current link, when it is an uploaded picture: its own name, and the local
        id of the clip it was taken from (None, None for a link from the web)."""
        return self._origins.get(self._link, (None, None)) if self._active else (None, None)

    def isUploading(self) -> bool:
        return self._uploading is not None

    def setActive(self, active: bool) -> None:
        """Off when the chosen model takes no first frame: the text stays but is not sent."""
        if active == self._active:
            return
        self._active = active
        for widget in (self._edit, self._browse, self._clear, self._thumbnail, self._info,
                       self.upload):
            widget.setEnabled(active)
        if active:
            self._clear.setEnabled(bool(self._edit.text()) or self._uploading is not None)
            self.setToolTip("")
            self._edit.setToolTip(self.tr(EDIT_TIP))
            self._thumbnail.setToolTip(self.tr("Preview of the first frame"))
            if self._needs_probe():
                self._prober.schedule(self._link)
        else:
            self._prober.cancel()
            for widget in (self, self._edit, self._thumbnail):
                widget.setToolTip(self.tr(INACTIVE_TIP))
        self._refresh()

    def isActive(self) -> bool:
        return self._active

    def blockingProblem(self) -> str | None:
        """Why the first frame can't be sent (a bad link, a picture still uploading or
        refused); None when it can, is empty, or the field is inactive."""
        if not self._active:
            return None
        if self._uploading is not None:
            return self.tr(UPLOADING_PROBLEM)
        return self._blocking or (self._failure if not self._link else None)

    def probeWarning(self) -> str | None:
        """What the background check found wrong with the current link, if anything."""
        return self._warning

    def isChecking(self) -> bool:
        """True while a check is waiting for the typing to stop, running, or being cancelled."""
        return self._prober.isChecking()

    def shutdown(self) -> None:
        """Stop the timer, the upload and the running check (it ends on the next loop turn)."""
        self._prober.cancel()
        self.upload.shutdown()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)

    # --- edits and drops -----------------------------------------------------------------------

    def _on_text_changed(self, text: str) -> None:
        if self._restoring:
            return
        self._failure = None
        check = check_first_frame_link(text)
        # Refused when pasted or dropped; typed (one character more) it stays, with the sentence.
        if check.problem == Links.tr(DATA_URL_PROBLEM) and text[:-1] != self._accepted_text:
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
                self._prober.schedule(self._link)
            self._refresh()
            self.linkChanged.emit(self._link)
        else:
            self._refresh()

    def _on_dropped(self, result: DropResult) -> None:
        if result.url is not None:
            self._leave_picture()
        self._notice = result.problem if result.url is None else None
        self._refresh()
        if result.url is not None:
            self._edit.setText(result.url)
            self._edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_clear(self) -> None:
        self._leave_picture()
        self._failure = None
        self._edit.clear()
        self._refresh()
        self._edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- a picture from this computer --------------------------------------------------------

    def _enter_picture(self, name: str, continues_from: str | None) -> None:
        """While it uploads the edit shows the picture's name, and there is no link."""
        self._uploading = (name, continues_from)
        self._failure = None
        self._notice = None
        self._blocking = None
        self._show_text(name)
        self._edit.setReadOnly(True)
        self._clear.setEnabled(self._active)
        self._set_link("")

    def _leave_picture(self) -> None:
        if self._uploading is not None:
            self._uploading = None
            self.upload.shutdown()
            self._edit.setReadOnly(False)
            self._show_text("")

    def _on_uploaded(self, url: str) -> None:
        if self._uploading is None:
            return
        self._origins[url] = self._uploading
        self._retry = None
        self._uploading = None
        self._edit.setReadOnly(False)
        self._accepted_text = ""
        self._edit.setText(url)  # checked and probed like any link: the picture as sent

    def _on_upload_cancelled(self) -> None:
        self._retry = None  # a new platform token does not send it again
        self._end_picture(self.tr(UPLOAD_CANCELLED))

    def _end_picture(self, sentence: str) -> None:
        if self._uploading is None:
            return
        name, self._uploading = self._uploading[0], None
        self._edit.setReadOnly(False)
        self._show_text("")
        self._failure = f"{name}: {sentence}"  # the edit is empty now: say which picture
        self._clear.setEnabled(False)
        self._refresh()

    def _show_text(self, text: str) -> None:
        """Put text in the edit without reading it as a link."""
        self._restoring = True
        try:
            self._edit.setText(text)
        finally:
            self._restoring = False
        self._accepted_text = "" if self._uploading is not None else text

    def _set_link(self, url: str) -> None:
        if url != self._link:
            self._link = url
            self._forget_result()
            self.linkChanged.emit(url)
        self._refresh()

    # --- the background check ------------------------------------------------------------------

    def _needs_probe(self) -> bool:
        return (self._prober.available and self._active and bool(self._link)
                and self._blocking is None and self._checked_link != self._link)

    def _forget_result(self) -> None:
        self._prober.cancel()
        self._warning = None
        self._summary = None
        self._pixmap = QPixmap()
        self._checked_link = None

    def _on_answered(self, link: str, warning: str | None, summary: str | None,
                     pixmap: QPixmap | None) -> None:
        if link != self._link:
            return
        self._checked_link = link
        self._warning = warning
        self._summary = summary
        self._pixmap = pixmap if pixmap is not None else QPixmap()
        self._refresh()
        self.checked.emit()

    # --- what the user sees ----------------------------------------------------------------------

    def _refresh(self) -> None:
        checking = self._prober.busy()
        origin = self._origins.get(self._link)
        if self._uploading is not None:
            text, level = self.tr("Uploading %1 to your AceData account…").replace(
                "%1", self._uploading[0]), "hint"
        elif self._failure is not None and not self._link:
            text, level = self._failure, "error"
        elif self._notice is not None:  # why a paste was refused beats what the old text lacks
            text, level = self._notice, "warning"
        elif self._blocking is not None:
            text, level = self._blocking, "error"
        elif not self._link:
            text, level = self.tr(EMPTY_HINT), "hint"
        elif checking:
            text, level = self.tr(CHECKING_TEXT), "hint"
        elif self._warning is not None:
            text, level = self._warning, "warning"
        elif self._summary is not None:
            text, level = self._summary, "normal"
            if origin is not None:
                text = self.tr("%1, uploaded · %2").replace("%1", short_name(origin[0])).replace(
                    "%2", self._summary)
        elif not self._prober.available:
            text, level = self.tr(UNCHECKED_TEXT), "hint"
        else:
            text, level = "", "hint"
        self._info.setText(text)
        self._info.setProperty("level", level)
        self._info.setPalette(tone_palette(self.palette(), level))

        if not checking and not self._pixmap.isNull():
            self._thumbnail.setPixmap(self._pixmap)
            return
        self._thumbnail.setText(
            self.tr("Not used") if not self._active
            else self.tr("Uploading…") if self._uploading is not None
            else "…" if checking and self._link
            else self.tr("No preview") if self._link and (self._warning or self._blocking)
            else self.tr("Not sent") if self._failure is not None
            else self.tr("No picture"))
