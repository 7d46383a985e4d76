"""Driving the main window the way a user does, and reading what it shows."""

from __future__ import annotations

import json
import os
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from hailuo_desktop.ui.library.task_table_model import STATE_ROLE, TASK_ID_ROLE

# Recognisable, so a test can search every file the app wrote for it.
TOKEN = "e2e-secret-token-7f3a9c"


def write_settings(**values) -> None:
    folder = Path(os.environ["HAILUO_DESKTOP_DATA_DIR"]) / "config"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.json").write_text(json.dumps({"version": 2, "values": values}))


def close_app(qtbot, window) -> None:
    """Close as the user would, and wait until the app has shut everything down."""
    if not shiboken6.isValid(window):
        return  # already closed and deleted by the test
    if window.isVisible():
        with qtbot.waitSignal(window.shutdownFinished, timeout=20000):
            window.close()
    window.deleteLater()


def generate(qtbot, window, prompt: str, model: str = "minimax-t2v", frame: str = "") -> None:
    form = window.form
    form.modelCombo.setCurrentIndex(form.modelCombo.findData(model))
    form.promptEdit.clear()
    qtbot.keyClicks(form.promptEdit, prompt)
    if frame:
        edit = window.findChild(QLineEdit, "firstFrameEdit")
        edit.clear()
        qtbot.keyClicks(edit, frame)
    qtbot.waitUntil(form.generateButton.isEnabled, timeout=5000)  # an earlier click's submit
    qtbot.mouseClick(form.generateButton, Qt.MouseButton.LeftButton)


def rows(window) -> list[tuple[str, str | None]]:
    """(state name, task id) of every row, as the table's model reports them."""
    model = window.table.model()
    return [(model.index(r, 0).data(STATE_ROLE), model.index(r, 0).data(TASK_ID_ROLE))
            for r in range(model.rowCount())]


def states(window) -> list[str]:
    return [state for state, _ in rows(window)]


def wait_states(qtbot, window, expected: list[str], timeout: int = 10000) -> None:
    qtbot.waitUntil(lambda: sorted(states(window)) == sorted(expected), timeout=timeout)
