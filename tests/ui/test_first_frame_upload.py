"""The first-frame field with a picture from this computer: dropped from a file manager, pasted,
or chosen with Browse…, uploaded through the (fake) upload service, refused, cancelled."""

from __future__ import annotations

from pathlib import Path

import pytest
from fakes import FakeUploader
from PySide6.QtCore import QBuffer, QIODevice, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
)

from hailuo_desktop.api.images import ProbeResult
from hailuo_desktop.domain.picture_rules import PastedPicture, check_picture_bytes
from hailuo_desktop.services.uploads import NO_TOKEN
from hailuo_desktop.ui.compose.first_frame_field import FirstFrameField
from hailuo_desktop.ui.compose.first_frame_texts import (
    EMPTY_HINT,
    UPLOAD_CANCELLED,
    UPLOADING_PROBLEM,
)

UPLOADED = "http://127.0.0.1:9/files/abc123.png"
TOO_SMALL = ("This picture is 200 × 100 pixels; the service needs at least 300 pixels on the "
             "short side. Use a larger picture.")


def png(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7d44"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


class Probe:
    def __init__(self, data: bytes):
        self.data = data
        self.calls: list[str] = []

    async def __call__(self, url: str) -> ProbeResult:
        self.calls.append(url)
        return ProbeResult(self.data, None, "image/png")


@pytest.fixture
def uploader(qapp) -> FakeUploader:
    return FakeUploader()


@pytest.fixture
def probe(qapp) -> Probe:
    return Probe(png(640, 360))


@pytest.fixture
def field(qtbot, event_loop, uploader, probe):
    field = FirstFrameField(probe)
    qtbot.addWidget(field)
    field.setUploader(uploader)
    field.resize(640, 140)
    field.show()
    yield field
    field.shutdown()
    qtbot.waitUntil(lambda: not field.isChecking(), timeout=5000)


@pytest.fixture
def cat(tmp_path) -> Path:
    path = tmp_path / "Cat on the sofa.png"
    path.write_bytes(png(640, 360))
    return path


def edit_of(field) -> QLineEdit:
    return field.findChild(QLineEdit, "firstFrameEdit")


def info(field) -> str:
    return field.findChild(QLabel, "firstFrameInfo").text()


def bar(field) -> QProgressBar:
    return field.findChild(QProgressBar, "firstFrameUploadProgress")


def button(field, name: str) -> QPushButton:
    return field.findChild(QPushButton, name)


def drop_urls(widget, *urls: QUrl) -> None:
    data = QMimeData()
    data.setUrls(list(urls))
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(widget, QDragEnterEvent(QPoint(9, 9), actions, data, buttons,
                                                   modifiers))
    QApplication.sendEvent(widget, QDragMoveEvent(QPoint(9, 9), actions, data, buttons,
                                                  modifiers))
    dropped = QDropEvent(QPointF(9, 9), actions, data, buttons, modifiers)
    QApplication.sendEvent(widget, dropped)
    assert dropped.isAccepted() and dropped.dropAction() == Qt.DropAction.CopyAction


def test_a_dropped_file_uploads_and_its_link_is_used(qtbot, field, uploader, probe, cat):
    drop_urls(edit_of(field), QUrl.fromLocalFile(str(cat)))
    assert uploader.sources == [cat]
    edit = edit_of(field)
    assert edit.text() == "Cat on the sofa.png" and edit.isReadOnly()
    assert field.link() == "" and field.isUploading()
    assert field.blockingProblem() == UPLOADING_PROBLEM
    assert info(field) == "Uploading Cat on the sofa.png to your AceData account…"
    assert bar(field).isVisible() and button(field, "firstFrameUploadCancel").isVisible()

    uploader.progress.emit("job-1", 300, 1200)
    assert bar(field).text() == "25%"
    uploader.progress.emit("job-1", 1200, 1200)
    assert bar(field).maximum() == 0  # all sent: busy while AceData stores it

    with qtbot.waitSignal(field.checked, timeout=3000):
        uploader.finished.emit("job-1", UPLOADED)
    assert not bar(field).isVisible()
    assert edit.text() == UPLOADED and not edit.isReadOnly()
    assert field.link() == UPLOADED and field.blockingProblem() is None
    assert probe.calls == [UPLOADED]  # the thumbnail is the picture as it will be sent
    assert info(field) == "Cat on the sofa.png, uploaded · 640 × 360 px · PNG"
    assert not field.findChild(QLabel, "firstFrameThumbnail").pixmap().isNull()
    assert field.pictureOrigin() == ("Cat on the sofa.png", None)

    field.setLink("https://example.com/other.png")  # another picture: no longer that file
    assert field.pictureOrigin() == (None, None)


def test_a_web_link_in_the_same_drop_wins_over_a_file(qtbot, field, uploader, tmp_path):
    with qtbot.waitSignal(field.checked, timeout=3000):
        drop_urls(edit_of(field), QUrl("https://example.com/a.png"),
                  QUrl.fromLocalFile(str(tmp_path / "a.png")))
    assert uploader.sources == [] and field.link() == "https://example.com/a.png"


def test_a_pasted_screenshot_is_sent_as_png(qtbot, field, uploader):
    screenshot = QImage(800, 450, QImage.Format.Format_ARGB32)
    screenshot.fill(QColor("#c04848"))
    QApplication.clipboard().setImage(screenshot)
    edit_of(field).setFocus()
    qtbot.keyClick(edit_of(field), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.isUploading() and edit_of(field).text() == "pasted picture.png"
    qtbot.waitUntil(lambda: bool(uploader.sources), timeout=5000)  # encoded off the UI thread
    [sent] = uploader.sources
    assert isinstance(sent, PastedPicture) and sent.name == "pasted picture.png"
    check = check_picture_bytes(sent.data)
    assert check.problem is None and (check.picture.kind, check.picture.width,
                                      check.picture.height) == ("png", 800, 450)


def test_a_copied_file_is_pasted_as_that_file(qtbot, field, uploader, cat):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(cat))])
    QApplication.clipboard().setMimeData(data)
    qtbot.keyClick(edit_of(field), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert uploader.sources == [cat]


def test_pasted_text_is_still_a_link(qtbot, field, uploader):
    QApplication.clipboard().setText("https://example.com/pasted.png")
    with qtbot.waitSignal(field.checked, timeout=3000):
        qtbot.keyClick(edit_of(field), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert uploader.sources == [] and field.link() == "https://example.com/pasted.png"


def test_a_refused_picture_leaves_no_link_and_its_sentence_blocks(qtbot, field, uploader, cat):
    field.setLink("https://example.com/earlier.png")
    field.usePicture(cat)
    uploader.failed.emit("job-1", TOO_SMALL)
    assert field.link() == "" and edit_of(field).text() == ""
    assert not edit_of(field).isReadOnly()
    said = f"Cat on the sofa.png: {TOO_SMALL}"  # the edit is empty: the name says which
    assert info(field) == said and field.blockingProblem() == said
    assert field.findChild(QLabel, "firstFrameThumbnail").text() == "Not sent"
    assert not button(field, "addPlatformTokenButton").isVisible()

    qtbot.keyClicks(edit_of(field), "https://example.com/b.png")  # a link instead
    assert field.blockingProblem() is None


def test_without_a_platform_token_the_field_offers_to_add_one(qtbot, field, uploader, cat):
    field.usePicture(cat)
    uploader.failed.emit("job-1", NO_TOKEN)
    said = f"Cat on the sofa.png: {NO_TOKEN}"
    assert info(field) == said and field.blockingProblem() == said
    add = button(field, "addPlatformTokenButton")
    assert add.isVisible() and add.accessibleName()
    with qtbot.waitSignal(field.platformTokenRequested):
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)

    field.retryUpload()  # the token was added
    assert uploader.sources == [cat, cat] and field.isUploading()
    assert not add.isVisible()


def test_cancel_stops_the_upload_and_nothing_is_used(qtbot, field, uploader, cat):
    field.usePicture(cat)
    qtbot.mouseClick(button(field, "firstFrameUploadCancel"), Qt.MouseButton.LeftButton)
    assert uploader.cancels == ["job-1"]
    qtbot.waitUntil(lambda: not field.isUploading())
    assert field.link() == "" and info(field) == f"Cat on the sofa.png: {UPLOAD_CANCELLED}"
    field.retryUpload()  # a cancelled picture is not sent again by a new token
    assert uploader.sources == [cat]


def test_clear_during_an_upload_cancels_it_quietly(qtbot, field, uploader, cat):
    field.usePicture(cat)
    qtbot.mouseClick(field.findChild(object, "firstFrameClear"), Qt.MouseButton.LeftButton)
    assert uploader.cancels == ["job-1"] and not field.isUploading()
    assert edit_of(field).text() == "" and info(field) == EMPTY_HINT
    qtbot.wait(20)  # the service's late "cancelled" changes nothing
    assert info(field) == EMPTY_HINT


def test_a_second_picture_replaces_the_first(qtbot, field, uploader, cat, tmp_path):
    dog = tmp_path / "dog.png"
    field.usePicture(cat)
    field.usePicture(dog)
    assert uploader.cancels == ["job-1"] and edit_of(field).text() == "dog.png"
    uploader.finished.emit("job-1", "http://127.0.0.1:9/files/cat.png")  # too late: ignored
    assert field.isUploading()
    with qtbot.waitSignal(field.checked, timeout=3000):
        uploader.finished.emit("job-2", UPLOADED)
    assert field.pictureOrigin() == ("dog.png", None)


def test_a_frame_from_a_clip_remembers_which_clip(qtbot, field, uploader):
    frame = PastedPicture(png(640, 360), "sunset_last-frame.png")
    field.usePicture(frame, continues_from="clip-1")
    with qtbot.waitSignal(field.checked, timeout=3000):
        uploader.finished.emit("job-1", UPLOADED)
    assert field.pictureOrigin() == ("sunset_last-frame.png", "clip-1")


def test_a_new_session_ends_the_upload_of_the_old_one(qtbot, field, uploader, cat):
    field.usePicture(cat)
    field.setUploader(FakeUploader())
    assert not field.isUploading() and info(field).endswith(UPLOAD_CANCELLED)


def test_no_upload_service_says_to_paste_a_link(field, cat):
    field.setUploader(None)
    field.usePicture(cat)
    assert not field.isUploading() and "Paste a link" in info(field)


def test_browse_opens_a_picker_that_uploads_the_chosen_file(qtbot, field, uploader, cat):
    qtbot.mouseClick(field.findChild(object, "firstFrameBrowse"), Qt.MouseButton.LeftButton)
    dialog = field.findChild(QFileDialog, "firstFrameFileDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(cat))
    dialog.accept()
    assert uploader.sources == [cat]
