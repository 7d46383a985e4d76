"""Demo mode and the first run without a token: the app offers the demo instead of failing."""

from __future__ import annotations

from e2e_helpers import TOKEN, generate, states
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton


def test_demo_mode_is_labelled_and_generates_with_the_built_in_simulator(open_app, qtbot):
    window = open_app(demo=True)
    assert "DEMO" in window.windowTitle()
    assert window.demoBanner.isVisible()
    assert not window.tokenBanner.isVisible()
    generate(qtbot, window, "a demo wave")
    qtbot.waitUntil(lambda: states(window) in (["pending"], ["processing"]), timeout=10000)


def test_no_token_offers_the_demo_and_blocks_generate(open_app, qtbot, isolated_profile):
    window = open_app()
    assert window.tokenBanner.isVisible()
    assert not window.form.generateButton.isEnabled()
    assert "token" in window.form.generateButton.toolTip().lower()

    window.findChild(QPushButton, "tryDemoButton").click()
    qtbot.waitUntil(window.demoBanner.isVisible, timeout=5000)
    assert not window.tokenBanner.isVisible()
    qtbot.waitUntil(window.form.generateButton.isEnabled, timeout=5000)
    generate(qtbot, window, "first demo clip")
    qtbot.waitUntil(lambda: states(window) in (["pending"], ["processing"]), timeout=10000)


def test_adding_a_token_connects_without_restart(connect, open_app, qtbot, monkeypatch,
                                                 isolated_profile):
    monkeypatch.delenv("ACEDATACLOUD_API_TOKEN")
    window = open_app()
    assert window.tokenBanner.isVisible()
    dialog = window.findChild(QDialog, "welcomeDialog")
    assert dialog is not None and dialog.isVisible(), "a first run without token welcomes"
    edit = dialog.findChild(QLineEdit, "welcomeTokenEdit")
    qtbot.keyClicks(edit, f"  {TOKEN}  ")  # pasted with stray spaces around it
    check = dialog.findChild(QPushButton, "checkTokenButton")
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("works" in label.text() for label in dialog.findChildren(
        QLabel) if label.isVisible()), timeout=5000)
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveTokenButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.tokenBanner.isVisible(), timeout=5000)
    generate(qtbot, window, "with my own token")
    qtbot.waitUntil(lambda: states(window) == ["succeeded"], timeout=10000)
    stored = isolated_profile / "data" / "config" / "api-token"
    assert stored.read_text() == TOKEN
    assert stored.stat().st_mode & 0o777 == 0o600


def test_demo_offers_sample_pictures_for_image_models(open_app, qtbot):
    window = open_app(demo=True)
    form = window.form
    assert not form.sampleButton.isVisible(), "text → video needs no picture"
    form.modelCombo.setCurrentIndex(form.modelCombo.findData("minimax-i2v"))
    assert form.sampleButton.isVisible()
    form.sampleButton.click()
    first = form.firstFrame.link()
    form.sampleButton.click()
    assert first.startswith("http://127.0.0.1:") and form.firstFrame.link() != first
    qtbot.waitUntil(lambda: "px" in window.findChild(QLabel, "firstFrameInfo").text(),
                    timeout=5000)
    generate(qtbot, window, "the sample comes alive", "minimax-i2v")
    qtbot.waitUntil(lambda: states(window) in (["pending"], ["processing"]), timeout=10000)


def test_leaving_demo_mode_for_a_real_account_hides_the_samples(connect, open_app, qtbot):
    window = open_app()
    window.form.modelCombo.setCurrentIndex(window.form.modelCombo.findData("minimax-i2v"))
    assert not window.form.sampleButton.isVisible()


def test_the_prompt_has_the_keyboard_when_the_window_opens(open_app, qtbot):
    window = open_app(demo=True)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.focusWidget() is window.form.promptEdit, timeout=3000)
