"""Takes, end to end against the simulator: one press sends three takes of a shot, they are
listed together as takes, compared side by side in step, and the keeper is starred from the
compare window (into the task list and the clip's sidecar)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from e2e_helpers import generate, wait_states
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QSpinBox

from hailuo_desktop.domain.task import DownloadState
from hailuo_desktop.ui.compare.compare_window import CompareWindow
from hailuo_desktop.ui.library.task_table_model import Column

PROMPT = "A lighthouse as the storm rolls in"


def takes(window) -> list:
    model = window.table.model()
    return [model.task(row) for row in range(model.rowCount())]


def test_three_takes_are_compared_in_step_and_the_keeper_starred(connect, app, qtbot):
    window = app()
    form = window.form
    if form.findChild(QSpinBox, "takesSpin") is None:
        pytest.skip("the form's Takes spin box (takesSpin) arrives with the compose work")
    form.takesSpin.setFocus()
    qtbot.keyClick(form.takesSpin, Qt.Key.Key_Up)
    qtbot.keyClick(form.takesSpin, Qt.Key.Key_Up)
    assert form.takesSpin.value() == 3
    generate(qtbot, window, PROMPT)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "takesConfirmation") is not None)
    box = window.findChild(QMessageBox, "takesConfirmation")
    assert "3 paid generations" in box.text()
    qtbot.mouseClick(box.findChild(QPushButton, "takesConfirmationYes"),
                     Qt.MouseButton.LeftButton)
    wait_states(qtbot, window, ["succeeded"] * 3, timeout=15000)
    qtbot.waitUntil(lambda: all(t.download_state is DownloadState.SAVED
                                for t in takes(window)), timeout=20000)
    assert connect.generate_calls == 3
    rows = takes(window)
    assert len({t.group_id for t in rows}) == 1 and rows[0].group_id
    assert sorted(t.take_number for t in rows) == [1, 2, 3]
    model = window.table.model()
    labels = [model.index(row, Column.PROMPT).data() for row in range(3)]
    assert labels == [f"Take {n} of 3 · {PROMPT}" for n in (1, 2, 3)]

    table = window.table
    rect = table.visualRect(model.index(1, Column.PROMPT))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    library = window.library
    assert library.compareButton.text() == "Compare (3)"
    qtbot.mouseClick(library.compareButton, Qt.MouseButton.LeftButton)
    compare = window.findChild(CompareWindow)
    qtbot.waitUntil(lambda: compare is not None and all(
        pane.video.videoSink().videoFrame().isValid() for pane in compare.panes),
        timeout=10000)
    qtbot.waitUntil(compare.players.isPlaying, timeout=5000)
    qtbot.keyClick(compare, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(set(compare.players.positions())) == 1, timeout=5000)

    keeper = compare.panes[1].task
    assert keeper.take_number == 2
    qtbot.mouseClick(compare.panes[1].star, Qt.MouseButton.LeftButton)
    sidecar = Path(keeper.file_path).with_suffix(".json")
    qtbot.waitUntil(lambda: json.loads(sidecar.read_text())["starred"] is True, timeout=5000)
    qtbot.waitUntil(lambda: compare.panes[1].star.text() == "★ Keeper", timeout=3000)
    starred = [t.take_number for t in takes(window) if t.starred]
    assert starred == [2]
    qtbot.keyClick(compare, Qt.Key.Key_Escape)
    assert not compare.isVisible()
