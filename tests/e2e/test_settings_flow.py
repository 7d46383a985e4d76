"""The Settings dialog inside the running app: saving, the token's life, nothing restarts."""

from __future__ import annotations

import json
import os
from pathlib import Path

from e2e_helpers import TOKEN, generate, wait_states
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMessageBox, QPushButton


def open_settings(window, qtbot) -> QDialog:
    window.findChild(QAction, "settingsAction").trigger()
    qtbot.waitUntil(lambda: window.findChild(QDialog, "settingsDialog") is not None,
                    timeout=3000)
    dialog = window.findChild(QDialog, "settingsDialog")
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    return dialog


def saved_settings() -> dict:
    path = Path(os.environ["HAILUO_DESKTOP_DATA_DIR"]) / "config" / "settings.json"
    return json.loads(path.read_text())["values"]


def test_settings_are_saved_and_used_without_restart(connect, open_app, qtbot):
    window = open_app()
    dialog = open_settings(window, qtbot)
    hook = dialog.findChild(QLineEdit, "callbackUrlEdit")
    hook.clear()
    qtbot.keyClicks(hook, f"{connect.base_url}/my-hook")
    ok = dialog.findChild(QPushButton, "settingsOkButton")
    qtbot.waitUntil(ok.isEnabled, timeout=3000)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: saved_settings().get("callback_url") == f"{connect.base_url}/my-hook",
                    timeout=3000)
    generate(qtbot, window, "after changing settings")
    wait_states(qtbot, window, ["succeeded"])
    sent = [r.body for r in connect.requests_received if r.path == "/hailuo/videos"]
    assert sent[-1]["callback_url"] == f"{connect.base_url}/my-hook"


def test_an_http_service_address_is_refused_on_the_field(connect, open_app, qtbot):
    window = open_app()
    dialog = open_settings(window, qtbot)
    address = dialog.findChild(QLineEdit, "baseUrlEdit")
    address.clear()
    qtbot.keyClicks(address, "http://api.example.com")
    ok = dialog.findChild(QPushButton, "settingsOkButton")
    qtbot.waitUntil(lambda: not ok.isEnabled(), timeout=3000)
    dialog.reject()


def test_token_saved_then_removed_in_settings_without_restart(connect, open_app, qtbot,
                                                              monkeypatch, isolated_profile):
    monkeypatch.delenv("ACEDATACLOUD_API_TOKEN")
    window = open_app()
    welcome = window.findChild(QDialog, "welcomeDialog")
    qtbot.keyClicks(welcome.findChild(QLineEdit, "welcomeTokenEdit"), TOKEN)
    qtbot.mouseClick(welcome.findChild(QPushButton, "saveTokenButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.tokenBanner.isVisible(), timeout=5000)

    dialog = open_settings(window, qtbot)
    qtbot.mouseClick(dialog.findChild(QPushButton, "removeTokenButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "removeTokenConfirm") is not None,
                    timeout=3000)
    confirm = dialog.findChild(QMessageBox, "removeTokenConfirm")
    remove = next(b for b in confirm.buttons() if b.text() == "Remove token")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.tokenBanner.isVisible, timeout=5000)
    assert not (isolated_profile / "data" / "config" / "api-token").exists()
    assert not window.form.generateButton.isEnabled()
    dialog.reject()


def test_a_token_from_the_environment_is_said_once_and_not_offered_for_change(
        connect, open_app, qtbot):
    window = open_app()  # `connect` sets ACEDATACLOUD_API_TOKEN
    dialog = open_settings(window, qtbot)
    shown = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert any("ACEDATACLOUD_API_TOKEN" in text for text in shown)
    assert not any("kept in" in text for text in shown), shown
    for name in ("changeTokenButton", "removeTokenButton"):
        assert not dialog.findChild(QPushButton, name).isEnabled(), name
    assert dialog.findChild(QPushButton, "accountCheckButton").isEnabled()
    dialog.reject()
