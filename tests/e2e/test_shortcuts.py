"""Every shortcut the README lists works, on any platform: Ctrl+, (Settings, which Qt leaves
empty on Linux and Windows), Ctrl+Q, Ctrl+Enter, and Space from the table as in the preview."""

from __future__ import annotations

from e2e_helpers import generate, wait_states
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from hailuo_desktop.ui.main_window import MainWindow


def active(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def test_ctrl_comma_opens_settings_and_the_menu_says_so(open_app, qtbot):
    window = open_app(demo=True)
    action = window.findChild(QAction, "settingsAction")
    assert action.shortcut() == QKeySequence("Ctrl+,"), "the File menu shows the key"
    active(qtbot, window)
    qtbot.keyClick(window.form.promptEdit, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(QDialog, "settingsDialog") is not None
                    and window.findChild(QDialog, "settingsDialog").isVisible(), timeout=3000)
    window.findChild(QDialog, "settingsDialog").reject()


def test_every_menu_command_with_a_key_has_one_on_this_platform(open_app):
    window: MainWindow = open_app(demo=True)
    for name, key in (("settingsAction", "Ctrl+,"), ("quitAction", "Ctrl+Q")):
        action = window.findChild(QAction, name)
        assert QKeySequence(key) in action.shortcuts(), name


def test_ctrl_enter_generates_from_the_prompt(open_app, qtbot):
    window = open_app(demo=True)
    active(qtbot, window)
    qtbot.waitUntil(window.form.generateButton.isEnabled, timeout=5000)
    window.form.promptEdit.setPlainText("a key press away")
    with qtbot.waitSignal(window.form.generateRequested, timeout=3000):
        qtbot.keyClick(window.form.promptEdit, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)


def test_space_in_the_table_pauses_and_plays_the_clip_as_in_the_preview(connect, app, qtbot):
    window = app()
    generate(qtbot, window, "a clip to pause")
    wait_states(qtbot, window, ["succeeded"])
    active(qtbot, window)
    window.table.setFocus()
    window.table.selectRow(0)
    player = window.player._player
    qtbot.waitUntil(player.isPlaying, timeout=5000)
    qtbot.keyClick(window.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not player.isPlaying(), timeout=3000)
    qtbot.keyClick(window.table, Qt.Key.Key_Space)
    qtbot.waitUntil(player.isPlaying, timeout=3000)


def test_ctrl_q_closes_the_app_the_orderly_way(open_app, qtbot):
    window = open_app(demo=True)
    active(qtbot, window)
    with qtbot.waitSignal(window.shutdownFinished, timeout=20000):
        # Only the press: the window is closing by the time a key would be released.
        qtbot.keyPress(window.form.promptEdit, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
