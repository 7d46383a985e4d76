"""Driving the main window the way a user does, and reading what it shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from hailuo_desktop.ui.task_table_model import STATE_ROLE, TASK_ID_ROLE


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
