"""What the app remembers from one start to the next: the demo once chosen, the model and the
prompt as they were left; and demo clips are kept apart from real ones."""

from __future__ import annotations

import json
from pathlib import Path

from e2e_helpers import TOKEN, close_app, generate, states
from hostile_helpers import all_tasks, settle
from PySide6.QtWidgets import QDialog

from hailuo_desktop.domain.task import DownloadState


def welcome_shown(window) -> bool:
    dialog = window.findChild(QDialog, "welcomeDialog")
    return dialog is not None and dialog.isVisible()


def test_the_demo_once_chosen_opens_again_until_there_is_a_token(open_app, qtbot, monkeypatch,
                                                                 simulator):
    window = open_app()  # a first run: no token, the welcome
    assert welcome_shown(window)
    window.demoRequested.emit()  # the banner's "Try the demo"
    qtbot.waitUntil(window.demoBanner.isVisible, timeout=5000)
    close_app(qtbot, window)

    window = open_app()
    assert window.demoBanner.isVisible() and "DEMO" in window.windowTitle()
    assert not welcome_shown(window), "the demo was the answer: not asked again"
    close_app(qtbot, window)

    monkeypatch.setenv("ACEDATACLOUD_API_BASE_URL", simulator.base_url)
    monkeypatch.setenv("ACEDATACLOUD_API_TOKEN", TOKEN)
    window = open_app()
    assert not window.demoBanner.isVisible(), "a token now: the real account"


def test_the_model_and_prompt_come_back_as_they_were_left(open_app, qtbot):
    window = open_app(demo=True)
    form = window.form
    form.modelCombo.setCurrentIndex(form.modelCombo.findData("minimax-i2v-director"))
    prompt = "一只猫 walks\nin the rain, [Pan left]"
    form.promptEdit.setPlainText(prompt)
    close_app(qtbot, window)
    window = open_app(demo=True)
    assert window.form.modelCombo.currentData() == "minimax-i2v-director"
    assert window.form.promptEdit.toPlainText() == prompt


def test_demo_clips_are_saved_apart_and_say_they_are_demo(open_app, qtbot, monkeypatch,
                                                          isolated_profile):
    monkeypatch.setattr("hailuo_desktop.session.DEMO_GENERATION_SECONDS", 0.5)
    monkeypatch.setattr("hailuo_desktop.session.DEMO_POLL_SECONDS", 0.1)
    window = open_app(demo=True)
    library = isolated_profile / "library"
    assert str(library / "Demo") in window.demoBanner.text()
    generate(qtbot, window, "a demo clip")
    qtbot.waitUntil(lambda: states(window) == ["succeeded"], timeout=15000)
    qtbot.waitUntil(lambda: all_tasks(window)[0].download_state is DownloadState.SAVED,
                    timeout=15000)
    saved = Path(all_tasks(window)[0].file_path)
    settle(qtbot, window)
    assert saved.parent == library / "Demo"
    sidecar = json.loads(saved.with_suffix(".json").read_text())
    assert sidecar["demo"] is True
    assert not list(library.glob("*.mp4")), "nothing of the demo among the real clips"


def test_settings_saved_meanwhile_do_not_bring_back_what_the_form_had(open_app, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    window = open_app(demo=True)
    window.form.promptEdit.setPlainText("before the dialog")
    window.settingsRequested.emit()
    qtbot.waitUntil(lambda: window.findChild(QDialog, "settingsDialog") is not None, timeout=3000)
    dialog = window.findChild(QDialog, "settingsDialog")
    window.form.promptEdit.setPlainText("typed while it was open")
    ok = dialog.findChild(QPushButton, "settingsOkButton")
    qtbot.waitUntil(ok.isEnabled, timeout=3000)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    close_app(qtbot, window)
    window = open_app(demo=True)
    assert window.form.promptEdit.toPlainText() == "typed while it was open"
