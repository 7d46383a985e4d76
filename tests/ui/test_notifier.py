"""Notifications: only when the window is in the background, and a click leads to the clip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QPushButton

from hailuo_desktop.ui.common.notifier import Notifier


def test_background_window_gets_a_toast_that_leads_to_the_clip(qtbot, monkeypatch):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(800, 500)
    window.show()
    monkeypatch.setattr(window, "isActiveWindow", lambda: False)
    notifier = Notifier(window)
    assert notifier.notify("Video ready", "<b>sunset</b> is done", "local-7")
    toast = notifier.toast()
    assert toast.isVisible()
    assert toast.text() == "Video ready: <b>sunset</b> is done"  # shown literally
    with qtbot.waitSignal(notifier.activated) as activated:
        qtbot.mouseClick(toast.findChild(QPushButton, "toastShowButton"),
                         Qt.MouseButton.LeftButton)
    assert activated.args == ["local-7"]
    assert not toast.isVisible()


def test_nothing_is_shown_while_the_user_is_looking_or_when_turned_off(qtbot, monkeypatch):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    notifier = Notifier(window)
    monkeypatch.setattr(window, "isActiveWindow", lambda: True)
    assert not notifier.notify("Video ready", "x", "a")
    monkeypatch.setattr(window, "isActiveWindow", lambda: False)
    notifier.setEnabled(False)
    assert not notifier.notify("Video ready", "x", "a")
    assert not notifier.toast().isVisible()
