"""Pictures from this computer and the next shot, end to end: the real app, the simulator's
platform over loopback, the platform address and token from AceData's environment variables."""

from __future__ import annotations

import json
from pathlib import Path

import av
import httpx
import numpy as np
import pytest
from e2e_helpers import generate, states, wait_states
from PySide6.QtCore import QBuffer, QIODevice, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from hailuo_desktop.domain.picture_rules import check_picture_bytes
from hailuo_desktop.domain.task import DownloadState
from hailuo_desktop.services.uploads import NO_TOKEN
from hailuo_desktop.ui.common.elided_label import ElidedLabel
from hailuo_desktop.ui.compare.compare_window import CompareWindow
from hailuo_desktop.ui.library.row_menu import build_row_menu

UPLOAD = "/api/v1/files/"


def png(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6f97"))
    painter = QPainter(image)
    painter.fillRect(0, 0, width // 2, height, QColor("#f4a259"))  # orange left half
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(buffer.data())


def frame_edit(window) -> QLineEdit:
    return window.findChild(QLineEdit, "firstFrameEdit")


def frame_info(window) -> str:
    return window.findChild(QLabel, "firstFrameInfo").text()


def drop_file(path: Path, widget) -> None:
    """A file dragged from a file manager and dropped, as Qt delivers it."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(QPoint(12, 8), actions, data, buttons, modifiers),
                  QDragMoveEvent(QPoint(12, 8), actions, data, buttons, modifiers)):
        QApplication.sendEvent(widget, event)
        assert event.isAccepted()
    dropped = QDropEvent(QPointF(12, 8), actions, data, buttons, modifiers)
    QApplication.sendEvent(widget, dropped)
    assert dropped.isAccepted()


def uploads(sim) -> list:
    return [r for r in sim.platform_requests if r.path == UPLOAD]


def task_at(window, row: int = 0):
    return window.table.model().task(row)


def tasks(window) -> list:
    model = window.table.model()
    return [model.task(row) for row in range(model.rowCount())]


def choose(window, model_id: str) -> None:
    form = window.form
    form.modelCombo.setCurrentIndex(form.modelCombo.findData(model_id))


def wait_saved(qtbot, window, count: int = 1) -> None:
    qtbot.waitUntil(lambda: sum(t.download_state is DownloadState.SAVED
                                for t in tasks(window)) == count, timeout=20000)


def press_generate(qtbot, window) -> None:
    qtbot.waitUntil(window.form.generateButton.isEnabled, timeout=5000)
    qtbot.mouseClick(window.form.generateButton, Qt.MouseButton.LeftButton)


def sidecar(task) -> dict:
    return json.loads(Path(task.file_path).with_suffix(".json").read_text(encoding="utf-8"))


def test_a_dropped_png_is_uploaded_once_and_generated(with_platform_token, app, qtbot, tmp_path):
    sim = with_platform_token
    window = app()
    picture = tmp_path / "Beach at dawn.png"
    picture.write_bytes(png(800, 450))
    choose(window, "minimax-i2v")
    qtbot.keyClicks(window.form.promptEdit, "waves roll in")

    with qtbot.waitSignal(window.form.firstFrame.checked, timeout=10000):
        drop_file(picture, frame_edit(window))
    link = window.form.firstFrame.link()
    assert link.startswith(f"{sim.base_url}/files/") and frame_edit(window).text() == link
    assert frame_info(window) == "Beach at dawn.png, uploaded · 800 × 450 px · PNG"
    assert httpx.get(link).content == picture.read_bytes()  # served as uploaded
    [upload] = uploads(sim)
    assert upload.authorized

    press_generate(qtbot, window)
    wait_states(qtbot, window, ["succeeded"])
    wait_saved(qtbot, window)
    task = task_at(window)
    assert task.request.first_image_url == link
    assert task.first_frame_name == "Beach at dawn.png"
    record = sidecar(task)
    assert (record["first_frame_name"], record["first_image_url"]) == ("Beach at dawn.png", link)

    window.findChild(object, "firstFrameClear").click()
    with qtbot.waitSignal(window.form.firstFrame.checked, timeout=10000):
        drop_file(picture, frame_edit(window))  # the same picture again
    assert window.form.firstFrame.link() == link
    assert len(uploads(sim)) == 1  # remembered by its content: not sent twice


def test_a_pasted_screenshot_is_uploaded_and_sent(with_platform_token, app, qtbot):
    sim = with_platform_token
    window = app()
    choose(window, "minimax-i2v-director")
    qtbot.keyClicks(window.form.promptEdit, "[Push in] the desk")
    screenshot = QImage(1280, 720, QImage.Format.Format_ARGB32)
    screenshot.fill(QColor("#7b2cbf"))
    QApplication.clipboard().setImage(screenshot)
    frame_edit(window).setFocus()
    with qtbot.waitSignal(window.form.firstFrame.checked, timeout=10000):
        qtbot.keyClick(frame_edit(window), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    link = window.form.firstFrame.link()
    sent = check_picture_bytes(httpx.get(link).content).picture
    assert (sent.kind, sent.width, sent.height) == ("png", 1280, 720)

    press_generate(qtbot, window)
    wait_states(qtbot, window, ["succeeded"])
    task = task_at(window)
    assert (task.request.model, task.request.first_image_url) == ("minimax-i2v-director", link)
    assert task.first_frame_name == "pasted picture.png"
    assert [r.path for r in sim.requests_received if r.path == "/hailuo/videos"] == [
        "/hailuo/videos"]


def first_and_last_frames(path: str) -> tuple[np.ndarray, np.ndarray]:
    with av.open(path) as container:
        frames = [f.to_ndarray(format="rgb24").astype(int) for f in container.decode(video=0)]
    return frames[0], frames[-1]


def test_continue_from_last_frame_makes_a_linked_task(with_platform_token, app, qtbot):
    window = app()
    generate(qtbot, window, "a red kite over the dunes")
    wait_states(qtbot, window, ["succeeded"])
    wait_saved(qtbot, window)
    first = task_at(window)

    menu = build_row_menu(window.table, first)
    action = next(a for a in menu.actions() if a.objectName() == "continueAction")
    assert action.isEnabled()
    action.trigger()
    form = window.form
    qtbot.waitUntil(lambda: form.firstFrame.link() != "", timeout=10000)
    assert form.modelCombo.currentData() == "minimax-i2v"
    assert form.promptEdit.toPlainText() == "a red kite over the dunes"  # ready to edit
    qtbot.keyClicks(form.promptEdit, ", then it lands")
    press_generate(qtbot, window)
    wait_states(qtbot, window, ["succeeded", "succeeded"])
    wait_saved(qtbot, window, 2)

    second = next(t for t in tasks(window) if t.local_id != first.local_id)
    assert second.continues_from == first.local_id
    assert second.first_frame_name == f"{Path(first.file_path).stem}_last-frame.png"
    assert second.request.prompt == "a red kite over the dunes, then it lands"
    assert sidecar(second)["continues_from"] == sidecar(first)["local_id"] == first.local_id

    window.table.selectTask(second.local_id)
    details = window.details.findChildren(QLabel)
    assert any(label.text().startswith(Path(first.file_path).name) for label in details)

    # The demo's clip visibly starts from that frame.
    _, last = first_and_last_frames(first.file_path)
    start, _ = first_and_last_frames(second.file_path)
    rows = slice(0, last.shape[0] - 24)  # above the simulator's id strip
    assert np.abs(start[rows] - last[rows]).mean() < 12


def continue_from(qtbot, window, clip, words: str) -> None:
    """Continue from `clip`'s last frame, as its row menu does, and send the next shot."""
    form = window.form
    before = form.firstFrame.link()
    menu = build_row_menu(window.table, clip)
    next(a for a in menu.actions() if a.objectName() == "continueAction").trigger()
    qtbot.waitUntil(lambda: form.firstFrame.link() not in ("", before)
                    and form.generateButton.isEnabled(), timeout=10000)
    qtbot.keyClicks(form.promptEdit, words)
    press_generate(qtbot, window)


def test_a_sequence_of_shots_is_compared_in_order(with_platform_token, app, qtbot):
    window = app()
    generate(qtbot, window, "a red kite over the dunes")
    wait_saved(qtbot, window)
    first = task_at(window)
    continue_from(qtbot, window, first, ", it dives")
    wait_saved(qtbot, window, 2)
    second = next(t for t in tasks(window) if t.continues_from == first.local_id)
    continue_from(qtbot, window, second, ", it lands")
    wait_saved(qtbot, window, 3)
    third = next(t for t in tasks(window) if t.continues_from == second.local_id)

    window.table.selectTask(second.local_id)  # the middle shot: the whole sequence, in order
    library = window.library
    qtbot.waitUntil(lambda: library.compareButton.text() == "Compare (3)", timeout=3000)
    qtbot.mouseClick(library.compareButton, Qt.MouseButton.LeftButton)
    compare = window.findChild(CompareWindow)
    qtbot.waitUntil(lambda: compare is not None and compare.isVisible(), timeout=5000)
    assert [pane.task.local_id for pane in compare.panes] == [
        first.local_id, second.local_id, third.local_id]
    captions = [pane.findChild(ElidedLabel).text() for pane in compare.panes]
    assert [c.split(" · ")[0] for c in captions] == ["Shot 1 of 3", "Shot 2 of 3", "Shot 3 of 3"]
    qtbot.keyClick(compare, Qt.Key.Key_Escape)


def test_use_this_frame_in_the_player(with_platform_token, app, qtbot):
    window = app()
    generate(qtbot, window, "a paper lantern rising")
    wait_states(qtbot, window, ["succeeded"])
    wait_saved(qtbot, window)
    window.table.selectRow(0)
    use = window.findChild(object, "useFrameButton")  # in the Preview section's title
    qtbot.waitUntil(use.isEnabled, timeout=10000)
    qtbot.mouseClick(use, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.form.firstFrame.link() != "", timeout=10000)
    name, clip = window.form.firstFrame.pictureOrigin()
    assert clip == task_at(window).local_id and "_frame-" in name and name.endswith("s.png")


def test_continue_waits_for_a_saved_clip(connect, app, qtbot):
    connect.generation_seconds = 3600
    window = app()
    generate(qtbot, window, "still being made")
    qtbot.waitUntil(lambda: states(window) == ["pending"] or states(window) == ["processing"],
                    timeout=5000)
    window.continueRequested.emit(task_at(window), None)
    assert "not saved on this computer yet" in window.statusBar().currentMessage()
    assert window.form.firstFrame.link() == ""


def gif(_tmp: Path) -> bytes:
    return b"GIF89a" + bytes(200)


def oversize(tmp: Path) -> bytes:
    return png(800, 450) + bytes(21 * 1024 * 1024)  # a PNG header, then 21 MB


REFUSALS = {
    "oversize": (oversize, "Oversize.png", "the service takes up to 20 MB"),
    "wrong type": (gif, "Animation.gif", "This picture is a GIF file, which the service does "
                                         "not take"),
    "tiny": (lambda _tmp: png(200, 100), "Icon.png", "needs at least 300 pixels on the short "
                                                     "side"),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_a_refused_picture_is_said_and_nothing_is_sent(with_platform_token, app, qtbot,
                                                       tmp_path, case):
    sim = with_platform_token
    make, name, words = REFUSALS[case]
    picture = tmp_path / name
    picture.write_bytes(make(tmp_path))
    window = app()
    choose(window, "minimax-i2v")
    qtbot.keyClicks(window.form.promptEdit, "never sent")
    drop_file(picture, frame_edit(window))
    qtbot.waitUntil(lambda: not window.form.firstFrame.isUploading(), timeout=10000)
    assert words in frame_info(window)
    press_generate(qtbot, window)
    assert words in window.form.messageLabel.text()
    assert uploads(sim) == [] and sim.generate_calls == 0 and states(window) == []


def test_without_a_platform_token_the_field_says_how_to_add_one(connect, app, qtbot, tmp_path):
    picture = tmp_path / "Cat.png"
    picture.write_bytes(png(800, 450))
    window = app()
    choose(window, "minimax-i2v")
    qtbot.keyClicks(window.form.promptEdit, "never sent")
    drop_file(picture, frame_edit(window))
    qtbot.waitUntil(lambda: not window.form.firstFrame.isUploading(), timeout=10000)
    assert frame_info(window) == f"Cat.png: {NO_TOKEN}"
    assert window.findChild(object, "addPlatformTokenButton").isVisible()
    press_generate(qtbot, window)
    assert window.form.messageLabel.text() == f"Cat.png: {NO_TOKEN}"
    assert uploads(connect) == [] and connect.generate_calls == 0
    assert all(not r.authorized for r in connect.platform_requests)


def test_adding_the_platform_token_sends_the_waiting_picture(connect, app, qtbot, tmp_path):
    picture = tmp_path / "Cat.png"
    picture.write_bytes(png(800, 450))
    window = app()
    choose(window, "minimax-i2v")
    drop_file(picture, frame_edit(window))
    qtbot.waitUntil(lambda: frame_info(window) == f"Cat.png: {NO_TOKEN}", timeout=10000)
    qtbot.mouseClick(window.findChild(object, "addPlatformTokenButton"),
                     Qt.MouseButton.LeftButton)
    dialog = window.findChild(object, "platformTokenDialog")
    assert dialog is not None and dialog.isVisible()
    edit = dialog.findChild(QLineEdit, "platformTokenEdit")
    qtbot.keyClicks(edit, connect.platform_token)
    with qtbot.waitSignal(window.form.firstFrame.checked, timeout=10000):
        qtbot.mouseClick(dialog.findChild(object, "saveTokenButton"), Qt.MouseButton.LeftButton)
    assert window.form.firstFrame.link().startswith(f"{connect.base_url}/files/")
    assert len(uploads(connect)) == 1


def test_the_demo_uploads_on_its_own_platform_and_keeps_its_links_apart(app, qtbot, tmp_path,
                                                                       isolated_profile):
    window = app(demo=True)
    qtbot.waitUntil(lambda: window.balanceLabel.text() == "1,000 credits",
                    timeout=10000)  # the simulator's platform token: no real one needed
    picture = tmp_path / "Demo picture.png"
    picture.write_bytes(png(640, 360))
    choose(window, "minimax-i2v")
    with qtbot.waitSignal(window.form.firstFrame.checked, timeout=10000):
        drop_file(picture, frame_edit(window))
    assert window.form.firstFrame.link().startswith("http://127.0.0.1:")
    data = isolated_profile / "data"
    assert (data / "demo" / "upload-links.json").exists()
    assert not (data / "upload-links.json").exists()
