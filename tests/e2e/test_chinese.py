"""The app in Simplified Chinese: chosen from the system's language or in Settings, and no
English word left on any window or dialog a user reaches (brand, model and key names aside).

Each step brings more of the app into view before the walk (tests/visible_text.py) reads every
visible text: the first run with its welcome, Settings, About and the error dialog; then the
window at work with finished takes, a failed and a running video selected in turn, the
gallery, the compare window, the removal question and the spend view.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from e2e_helpers import close_app, states, wait_states, write_settings
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QSpinBox
from visible_text import english_left, english_words

from hailuo_desktop.ui.common.language import install_language
from hailuo_desktop.ui.compare.compare_window import CompareWindow
from hailuo_desktop.ui.dialogs.error_dialog import ErrorReporter

PROMPT = "灯塔在暴风雨中闪烁，海浪拍打礁石"


@pytest.fixture
def chinese():
    """The settings choose Chinese; English comes back for the tests after this one."""
    yield
    install_language("en")


def assert_all_chinese(window=None) -> None:
    """No English but what the service itself said, quoted as it said it."""
    model = window.table.model() if window is not None else None
    said = [model.task(row).error_message for row in range(model.rowCount())] if model else []
    left = english_left(quoted=said)
    assert not left, "English a Chinese reader would see:\n" + "\n".join(left)


def generate(qtbot, window, prompt: str) -> None:
    """Chinese is typed through an input method, which hands the prompt over as it is
    committed (QTest's key clicks know only ASCII keys)."""
    form = window.form
    form.promptEdit.clear()
    form.promptEdit.setFocus()
    typed = QInputMethodEvent()
    typed.setCommitString(prompt)
    QApplication.sendEvent(form.promptEdit, typed)
    assert form.promptEdit.toPlainText() == prompt
    qtbot.waitUntil(form.generateButton.isEnabled, timeout=5000)
    qtbot.mouseClick(form.generateButton, Qt.MouseButton.LeftButton)


def open_dialog(qtbot, window, name: str) -> QDialog:
    qtbot.waitUntil(lambda: window.findChild(QDialog, name) is not None
                    and window.findChild(QDialog, name).isVisible(), timeout=5000)
    return window.findChild(QDialog, name)


def test_the_walk_finds_english_and_lets_names_keys_and_links_be():
    assert english_words("生成 {count} 个视频") == []
    assert english_words("按 Ctrl+Z 撤销。Hailuo Desktop 使用 MiniMax 模型") == []
    assert english_words("写入 [Pan left] ，见 https://platform.acedata.cloud/console") == []
    assert english_words("令牌来自 ACEDATACLOUD_API_TOKEN，文件在 /tmp/x.mp4") == []
    assert english_words("生成 video(s)") == ["video"]
    assert english_words("Generate") == ["Generate"]


def test_the_system_language_chooses_chinese(tmp_path):
    """A first start on a Chinese desktop speaks Chinese, with nothing set in Settings."""
    script = ("from PySide6.QtWidgets import QApplication; app = QApplication([]); "
              "from hailuo_desktop.ui.common.language import install_language; "
              "from PySide6.QtCore import QCoreApplication as Q; "
              "print(install_language(''), Q.translate('GenerateForm', 'Generate'))")
    env = {**os.environ, "LANGUAGE": "zh_CN:en", "LC_ALL": "zh_CN.UTF-8",
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=60, check=True)
    language, generate_word = done.stdout.split()
    assert language == "zh_CN"
    assert generate_word != "Generate"


def test_settings_switch_to_chinese_at_the_next_start(open_app, qtbot, chinese):
    window = open_app()
    assert window.form.generateButton.text() == "Generate"
    window.findChild(QAction, "settingsAction").trigger()
    settings = open_dialog(qtbot, window, "settingsDialog")
    combo = settings.languageCombo
    assert combo.currentData() == ""  # the system's, until chosen
    assert "next time" in combo.accessibleDescription()
    combo.setFocus()
    for _ in range(combo.count()):  # down the list from the keyboard to 简体中文
        if combo.currentData() == "zh_CN":
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "zh_CN" and combo.currentText() == "简体中文"
    qtbot.waitUntil(settings.okButton.isEnabled, timeout=3000)  # the library folder checked
    qtbot.mouseClick(settings.okButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not settings.isVisible(), timeout=3000)
    assert window.form.generateButton.text() == "Generate", "no half-English window"
    close_app(qtbot, window)

    again = open_app()
    assert again.form.generateButton.text() == "生成"


def test_the_first_run_welcome_settings_about_and_errors_in_chinese(open_app, qtbot, chinese):
    write_settings(language="zh_CN")
    window = open_app()  # no token: the banner and the welcome
    assert window.form.generateButton.text() == "生成"
    welcome = open_dialog(qtbot, window, "welcomeDialog")
    assert_all_chinese()
    welcome.reject()

    window.settingsRequested.emit()
    settings = open_dialog(qtbot, window, "settingsDialog")
    assert settings.languageCombo.currentData() == "zh_CN"
    assert_all_chinese()
    settings.reject()

    window.findChild(QAction, "aboutAction").trigger()
    about = open_dialog(qtbot, window, "aboutDialog")
    assert_all_chinese()
    about.reject()

    reporter = ErrorReporter(window)
    reporter.show(window.form.generateButton.text(), "Traceback (most recent call last): …")
    box = reporter.dialog()
    qtbot.waitUntil(box.isVisible, timeout=3000)
    assert_all_chinese()
    box.close()


def test_the_window_at_work_in_chinese(with_platform_token, app, qtbot, chinese):
    write_settings(poll_interval_seconds=0.1, language="zh_CN")
    window = app()
    form = window.form
    form.findChild(QSpinBox, "takesSpin").setValue(2)
    generate(qtbot, window, PROMPT)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "takesConfirmation") is not None)
    box = window.findChild(QMessageBox, "takesConfirmation")
    assert "2" in box.text() and not english_words(box.text())
    qtbot.mouseClick(box.findChild(QPushButton, "takesConfirmationYes"),
                     Qt.MouseButton.LeftButton)
    wait_states(qtbot, window, ["succeeded"] * 2, timeout=15000)
    form.findChild(QSpinBox, "takesSpin").setValue(1)
    with_platform_token.generation_seconds = 3600
    generate(qtbot, window, "还在制作的视频")
    qtbot.waitUntil(lambda: "pending" in states(window) or "processing" in states(window),
                    timeout=5000)
    with_platform_token.faults.used_up = True
    generate(qtbot, window, "没有人付费的视频")
    qtbot.waitUntil(lambda: "failed" in states(window), timeout=5000)
    with_platform_token.faults.reset()

    model = window.table.model()
    for row in range(model.rowCount()):
        window.table.selectRow(row)
        qtbot.waitUntil(window.details.isVisible, timeout=3000)
        assert_all_chinese(window)

    library = window.library
    qtbot.mouseClick(library.galleryViewButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(library.gallery.isVisible, timeout=3000)
    assert_all_chinese(window)
    qtbot.mouseClick(library.tableViewButton, Qt.MouseButton.LeftButton)

    done = [r for r in range(model.rowCount()) if model.task(r).state.value == "succeeded"]
    window.table.selectRow(done[0])
    qtbot.waitUntil(library.compareButton.isEnabled, timeout=3000)
    qtbot.mouseClick(library.compareButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(CompareWindow) is not None
                    and window.findChild(CompareWindow).isVisible(), timeout=5000)
    assert_all_chinese(window)
    qtbot.keyClick(window.findChild(CompareWindow), Qt.Key.Key_Escape)

    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: library.findChild(QMessageBox, "removeDialog") is not None
                    and library.findChild(QMessageBox, "removeDialog").isVisible(),
                    timeout=3000)
    assert_all_chinese(window)
    library.findChild(QMessageBox, "removeDialog").reject()

    window.findChild(QAction, "spendAction").trigger()
    spend = open_dialog(qtbot, window, "spendDialog")
    qtbot.waitUntil(lambda: spend.byDay.model().rowCount() > 0, timeout=5000)
    assert_all_chinese(window)
    spend.reject()
