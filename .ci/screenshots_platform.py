"""Screenshots of pictures from this computer, the next shot, cost, balance and status: the real
app against the simulator (its platform and status page too), on a virtual X screen.

Run with `make screenshots` (or `xvfb-run … .venv/bin/python .ci/screenshots_platform.py
[dark] [small]`): `small` uses a 1024×600 window (on a 1024×600 screen) and adds Settings;
KEEP_ALL=1 keeps every state of those variants, not only the ones the README shows. It drives
the window as a user would: an outage and no platform token first, then the token added, an
upload, a refusal, takes, the next shot, the Spend view.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from shots import OUT, TOKEN, fresh_profile, run, until


def picture_file(path: Path, width: int, height: int) -> Path:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    sky = QLinearGradient(0, 0, 0, height)
    sky.setColorAt(0, QColor("#1d3557"))
    sky.setColorAt(1, QColor("#e76f51"))
    painter.fillRect(image.rect(), sky)
    painter.setBrush(QColor("#f1faee"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(int(width * 0.6), int(height * 0.2), height // 4, height // 4)
    painter.fillRect(0, int(height * 0.75), width, height, QColor("#264653"))
    painter.end()
    image.save(str(path))
    return path


# The dark scheme and the small screen are looked at for every state, but only these are kept.
VARIANTS = {"-dark": {"next-shot", "first-frame-no-token", "outage-question"},
            "-small": {"next-shot", "first-frame-uploading", "settings"}}


class Shots:
    def __init__(self, app, window, suffix: str):
        self.app, self.window, self.suffix = app, window, suffix

    async def grab(self, name: str, widget=None, pad: int = 0) -> None:
        await asyncio.sleep(0.4)  # let the paint land
        if self.suffix and name not in VARIANTS[self.suffix] and "KEEP_ALL" not in os.environ:
            return
        widget = widget or self.window
        rect = widget.frameGeometry() if widget.isWindow() else widget.rect().translated(
            widget.mapToGlobal(widget.rect().topLeft()))
        rect = rect.adjusted(-pad, -pad, pad, pad)
        self.app.primaryScreen().grabWindow(0).copy(rect).save(
            str(OUT / f"{name}{self.suffix}.png"))


def drop_file(widget, path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    actions, button = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    QApplication.sendEvent(widget, QDragEnterEvent(QPoint(5, 5), actions, data, button,
                                                   Qt.KeyboardModifier.NoModifier))
    QApplication.sendEvent(widget, QDropEvent(QPointF(5, 5), actions, data, button,
                                              Qt.KeyboardModifier.NoModifier))


async def make(app, folder: Path, suffix: str, small: bool) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton

    from hailuo_desktop.app import create_window
    from hailuo_desktop.simulator import Simulator
    from hailuo_desktop.ui.library.row_menu import build_row_menu

    sim = Simulator(token=TOKEN, generation_seconds=1.5).start()
    sim.faults.service_status = "major_outage"
    for name, value in (("ACEDATACLOUD_API_BASE_URL", sim.base_url),
                        ("ACEDATACLOUD_API_TOKEN", TOKEN),
                        ("PLATFORM_API_BASE_URL", sim.base_url),
                        ("HAILUO_DESKTOP_STATUS_URL", f"{sim.base_url}/data/status_1.json")):
        os.environ[name] = value
    # A bad day at the service: some answers failed.
    sim.faults.server_error = 7
    import httpx
    with httpx.Client(base_url=sim.base_url, headers={"authorization": f"Bearer {TOKEN}"}) as h:
        for _ in range(9):
            h.post("/hailuo/tasks", json={"action": "retrieve_batch", "ids": ["x"]})
    window = create_window()
    window.resize(1024, 600) if small else window.resize(1360, 860)
    window.show()
    shots = Shots(app, window, suffix)
    form = window.form
    edit = window.findChild(QLineEdit, "firstFrameEdit")
    status = window.serviceStatusLabel

    def rows():
        model = window.table.model()
        return [model.task(r) for r in range(model.rowCount())]

    def question(name):
        return next((b for b in window.findChildren(QMessageBox, name) if b.isVisible()), None)

    # --- no platform token, and an outage -----------------------------------------------------
    await until(lambda: "major outage" in status.text(), what="the outage badge")
    form.modelCombo.setCurrentIndex(form.modelCombo.findData("minimax-i2v"))
    form.promptEdit.setPlainText("The tide comes in over the rocks at dusk, slow push in")
    drop_file(edit, picture_file(folder / "Rocks at dusk.png", 1280, 720))
    await until(lambda: not form.firstFrame.isUploading(), what="the refusal without a token")
    await shots.grab("first-frame-no-token", form)
    form.firstFrame.setLink(sim.sample_image_urls[0])
    await until(lambda: "px" in window.findChild(object, "firstFrameInfo").text())
    form.generateButton.click()
    await until(lambda: question("outageQuestion") is not None, what="the outage question")
    await shots.grab("outage-question", question("outageQuestion"), pad=0)
    question("outageQuestion").findChild(QPushButton, "outageQuestionYes").click()
    await until(lambda: len(rows()) == 1, what="the first row")

    # --- the platform token is added ----------------------------------------------------------
    window.platformTokenRequested.emit()
    dialog = window.findChild(object, "platformTokenDialog")
    dialog.findChild(QLineEdit, "platformTokenEdit").setText(sim.platform_token)
    dialog.findChild(QPushButton, "checkTokenButton").click()
    await until(lambda: "works" in dialog.resultLabel.text(), what="the token's check")
    await shots.grab("platform-token", dialog)
    dialog.findChild(QPushButton, "saveTokenButton").click()
    await until(lambda: "credits" in window.balanceLabel.text(), what="the balance")

    # --- a picture from this computer: uploading, uploaded, refused ----------------------------
    form.firstFrame.setLink("")
    sim.faults.slow_seconds = 3
    drop_file(edit, picture_file(folder / "Harbour lights.png", 1600, 900))
    await until(lambda: form.firstFrame.upload.progressBar.isVisible(), what="the upload bar")
    await shots.grab("first-frame-uploading", form)
    await until(lambda: form.firstFrame.link() != "", timeout=30, what="the uploaded link")
    sim.faults.slow_seconds = 0
    await until(lambda: "uploaded" in window.findChild(object, "firstFrameInfo").text())
    await shots.grab("first-frame-uploaded", form)
    uploaded = form.firstFrame.link()
    drop_file(edit, picture_file(folder / "Tiny icon.png", 200, 120))
    await until(lambda: not form.firstFrame.isUploading(), what="the refusal")
    form.generateButton.click()
    await shots.grab("first-frame-refused", form)
    form.firstFrame.setLink(uploaded)
    await until(lambda: "uploaded" in window.findChild(object, "firstFrameInfo").text())

    # --- three takes, confirmed with their price -----------------------------------------------
    form.takesSpin.setValue(3)
    form.generateButton.click()
    await until(lambda: question("takesConfirmation") is not None, what="the takes question")
    await shots.grab("takes-confirmation", question("takesConfirmation"))
    question("takesConfirmation").findChild(QPushButton, "takesConfirmationYes").click()
    await until(lambda: sum(t.state.value == "succeeded" for t in rows()) == 4, timeout=40,
                what="four clips done")
    await until(lambda: sum(t.download_state.value == "saved" for t in rows()) == 4, timeout=40,
                what="four clips saved")
    form.takesSpin.setValue(1)

    # --- the next shot ----------------------------------------------------------------------------
    first = rows()[-1]
    action = next(a for a in build_row_menu(window.table, first).actions()
                  if a.objectName() == "continueAction")
    action.trigger()
    await until(lambda: form.firstFrame.pictureOrigin()[1] == first.local_id,
                what="the frame's upload")
    await until(lambda: "uploaded" in window.findChild(object, "firstFrameInfo").text())
    await shots.grab("continue-from-frame", form)
    form.promptEdit.setPlainText(form.promptEdit.toPlainText() + ", then the lighthouse wakes")
    form.generateButton.click()
    await until(lambda: len(rows()) == 5 and all(t.state.value == "succeeded" for t in rows()),
                timeout=40, what="the next shot done")
    following = next(t for t in rows() if t.continues_from == first.local_id)
    await until(lambda: window.table.model().task(window.table.model().row_of(
        following.local_id)).download_state.value == "saved", timeout=40)
    window.table.selectTask(following.local_id)
    await until(lambda: window.details._fields["cost"].text() == "3.5 credits", timeout=40,
                what="the cost in details")
    await shots.grab("next-shot")

    # --- the two shots of the sequence, compared in order -----------------------------------
    from hailuo_desktop.ui.compare.compare_window import CompareWindow

    window.library.compareButton.click()
    await until(lambda: window.findChild(CompareWindow) is not None, what="the compare window")
    compare = window.findChild(CompareWindow)
    await until(lambda: all(pane.video.videoSink().videoFrame().isValid()
                            for pane in compare.panes), what="both shots playing")
    compare.players.pause()
    await shots.grab("sequence-compare", compare)
    compare.close()

    # --- spend --------------------------------------------------------------------------------
    window.findChild(QAction, "spendAction").trigger()
    view = window.findChild(object, "spendDialog")
    await until(lambda: "spent on" in view.totalLabel.text(), what="the spend totals")
    await shots.grab("spend", view)
    view.reject()

    if small:
        window.settingsRequested.emit()
        await asyncio.sleep(0.5)
        await shots.grab("settings", window.findChild(object, "settingsDialog"))
        window.findChild(object, "settingsDialog").reject()
    print(f"wrote screenshots to {OUT}")
    closed = asyncio.Event()
    window.shutdownFinished.connect(closed.set)
    window.close()
    await closed.wait()
    sim.stop()


def main() -> int:
    args = sys.argv[1:]
    suffix = ("-dark" if "dark" in args else "") + ("-small" if "small" in args else "")
    data = fresh_profile(poll_interval_seconds=1)
    return run(lambda app: make(app, data, suffix, "small" in args), dark="dark" in args)

if __name__ == "__main__":
    sys.exit(main())
