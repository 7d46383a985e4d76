"""A picture from this computer on its way to becoming a first-frame link: the bar that shows
the upload's progress with a Cancel button, and, when the upload needs a platform token that
is missing, the button that adds one.

The uploading itself is the session's upload service (checks, remembered links, the platform
call); this widget starts one job at a time, follows its signals by job id, and reports the
outcome: `succeeded`, `refused` or `cancelled`, exactly one per `start`.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QProgressBar, QPushButton, QWidget

from ...domain.picture_rules import PastedPicture
from ...services.pictures import pasted_picture
from ...services.uploads import NO_TOKEN

Source = Path | PastedPicture | QImage
PICTURE_FILTER = QT_TRANSLATE_NOOP("FirstFrameField",
                                   "Pictures (*.png *.jpg *.jpeg *.webp);;All files (*)")


def ask_for_picture(parent: QWidget, chosen) -> None:
    """A file picker for the first frame; `chosen(Path)` is called with the file picked."""
    dialog = QFileDialog(parent, QCoreApplication.translate("FirstFrameField",
                                                            "Choose the first frame"), "",
                         QCoreApplication.translate("FirstFrameField", PICTURE_FILTER))
    dialog.setObjectName("firstFrameFileDialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda path: path and chosen(Path(path)))
    dialog.open()  # never exec(): the event loop keeps running


class FrameUpload(QWidget):
    succeeded = Signal(str)        # the picture's link
    refused = Signal(str, bool)    # one sentence; True when a platform token would help
    cancelled = Signal()
    tokenRequested = Signal()      # "Add platform token…" was pressed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("firstFrameUpload")
        self._uploader: QObject | None = None
        self._job: str | None = None
        self._encoding: asyncio.Task | None = None

        self.progressBar = QProgressBar(self)
        self.progressBar.setObjectName("firstFrameUploadProgress")
        self.progressBar.setAccessibleName(self.tr("Upload progress"))
        self.progressBar.setTextVisible(True)
        self.cancelButton = QPushButton(self.tr("Cancel upload"), self)
        self.cancelButton.setObjectName("firstFrameUploadCancel")
        self.cancelButton.setAccessibleName(self.tr("Cancel the upload"))
        self.cancelButton.setToolTip(self.tr("Stop sending this picture. Nothing is generated."))
        self.cancelButton.clicked.connect(self.cancel)
        self.tokenButton = QPushButton(self.tr("Add platform token…"), self)
        self.tokenButton.setObjectName("addPlatformTokenButton")
        self.tokenButton.setAccessibleName(self.tr("Add a platform token"))
        self.tokenButton.setToolTip(self.tr(
            "Pictures from this computer are uploaded to your AceData account, which needs a "
            "platform token."))
        self.tokenButton.clicked.connect(self.tokenRequested)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.progressBar, 1)
        row.addWidget(self.cancelButton)
        row.addWidget(self.tokenButton)
        row.addStretch(0)
        self._show(uploading=False, token=False)

    # --- the field's API -------------------------------------------------------------------
    def setUploader(self, uploader: QObject | None) -> None:
        """The session's upload service (None: this session has none). A job of the previous
        one ended with it: that counts as cancelled."""
        if uploader is self._uploader:
            return
        if self._uploader is not None and shiboken6.isValid(self._uploader):
            for signal, slot in self._links(self._uploader):
                signal.disconnect(slot)
        self._uploader = uploader
        if uploader is not None:
            for signal, slot in self._links(uploader):
                signal.connect(slot)
        if self.isActive():
            self._stop_encoding()
            self._job = None
            self._end()
            self.cancelled.emit()

    def start(self, source: Source, name: str) -> None:
        """Upload `source` (a file, a picture's bytes, or a pasted image), replacing any upload
        under way (which ends silently: the caller moved on)."""
        self._stop_encoding()
        self._abandon_job()
        self._show(uploading=True, token=False)
        self.progressBar.setRange(0, 0)  # busy until the first bytes are counted
        self.progressBar.setFormat(self.tr("Checking…"))  # the field's sentence names it
        if isinstance(source, QImage):
            self._encoding = asyncio.get_running_loop().create_task(
                self._encode_then_upload(source, name))
            self._encoding.add_done_callback(self._encoding_done)
        else:
            self._send(source)

    def cancel(self) -> None:
        if self._encoding is not None:
            self._stop_encoding()
            self._end()
            self.cancelled.emit()
        elif self._job is not None and self._uploader is not None:
            self._uploader.cancel(self._job)  # `cancelled` follows from the service

    def isActive(self) -> bool:
        return self._encoding is not None or self._job is not None

    def shutdown(self) -> None:
        self._stop_encoding()
        self._abandon_job()

    # --- the job ---------------------------------------------------------------------------
    def _links(self, uploader: QObject) -> list[tuple]:
        return [(uploader.progress, self._on_progress), (uploader.finished, self._on_finished),
                (uploader.failed, self._on_failed), (uploader.cancelled, self._on_cancelled)]

    async def _encode_then_upload(self, image: QImage, name: str) -> None:
        picture = await pasted_picture(image, name)
        if shiboken6.isValid(self):
            self._encoding = None
            self._send(picture)

    def _encoding_done(self, task: asyncio.Task) -> None:
        if not task.cancelled() and task.exception() is not None:
            task.get_loop().call_exception_handler(
                {"message": "a pasted picture could not be prepared", "exception":
                 task.exception(), "task": task})

    def _send(self, source: Path | PastedPicture) -> None:
        if self._uploader is None:
            self._end()
            self.refused.emit(self.tr(
                "Pictures from this computer can't be uploaded in this session. Paste a link "
                "to the picture instead."), False)
            return
        self.progressBar.setFormat("%p%")
        self._job = self._uploader.upload(source)

    def _on_progress(self, job: str, done: int, total: int) -> None:
        if job != self._job or total <= 0:
            return
        # A QProgressBar counts in int: per mille keeps files over 2 GB (refused anyway) safe.
        self.progressBar.setRange(0, 1000)
        self.progressBar.setValue(min(1000, round(1000 * done / total)))
        if done >= total:  # all sent: busy while AceData stores it (no words: no room)
            self.progressBar.setRange(0, 0)

    def _on_finished(self, job: str, url: str) -> None:
        if job == self._job:
            self._job = None
            self._end()
            self.succeeded.emit(url)

    def _on_failed(self, job: str, sentence: str) -> None:
        if job == self._job:
            self._job = None
            needs_token = sentence == NO_TOKEN
            self._end(token=needs_token)
            self.refused.emit(sentence, needs_token)

    def _on_cancelled(self, job: str) -> None:
        if job == self._job:
            self._job = None
            self._end()
            self.cancelled.emit()

    def _abandon_job(self) -> None:
        job, self._job = self._job, None  # first: its signals no longer match
        if job is not None and self._uploader is not None and shiboken6.isValid(self._uploader):
            self._uploader.cancel(job)
        self._show(uploading=False, token=False)

    def _stop_encoding(self) -> None:
        if self._encoding is not None:
            self._encoding.cancel()
            self._encoding = None

    def _end(self, token: bool = False) -> None:
        self._show(uploading=False, token=token)

    def _show(self, *, uploading: bool, token: bool) -> None:
        self.progressBar.setVisible(uploading)
        self.cancelButton.setVisible(uploading)
        self.tokenButton.setVisible(token)
        self.setVisible(uploading or token)
