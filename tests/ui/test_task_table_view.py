"""The task table as people use it: with the keyboard (Tab leaves, arrows move, Enter plays, the
Menu key opens the row's menu), and what its cells show (a failed row's reason, an older row's
date in full, a state dot that stays visible on a selected row)."""

from __future__ import annotations

import time

import pytest
from fakes import FakeTaskService
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QVBoxLayout, QWidget

from hailuo_desktop.domain.task import GenerationRequest, Task, TaskState
from hailuo_desktop.ui.library.poster_cache import PosterCache
from hailuo_desktop.ui.library.task_table import TaskTable
from hailuo_desktop.ui.library.task_table_model import Column, TaskTableModel

NOW = time.time()


def make_task(prompt: str, created_at: float, **changes) -> Task:
    return Task(GenerationRequest("minimax-t2v", prompt), created_at=created_at,
                local_id=prompt, **changes)


@pytest.fixture
def table_in_window(qtbot, event_loop):
    """A table between two fields, as in the window: focus has somewhere to go."""
    service = FakeTaskService(now=NOW)
    window = QWidget()
    before, after = QLineEdit(), QLineEdit()
    table = TaskTable()
    layout = QVBoxLayout(window)
    for widget in (before, table, after):
        layout.addWidget(widget)
    model = TaskTableModel(service, table, posters=PosterCache(QSize(64, 36)))
    table.setTaskModel(model)
    service.add(make_task("a cat in the rain", NOW - 30, state=TaskState.SUCCEEDED,
                          task_id="t1"),
                make_task("a dog on a beach", NOW - 3 * 86400, state=TaskState.FAILED,
                          error_code="used_up"),
                make_task("a bird at dawn", NOW - 400 * 86400, state=TaskState.PROCESSING,
                          task_id="t3"))
    qtbot.addWidget(window)
    window.resize(900, 400)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table.setFocus()
    table.selectRow(0)
    return window, table, before, after


def current_prompt(table: TaskTable) -> str:
    return table.currentTask().request.prompt


def test_tab_leaves_the_table_without_changing_the_clip(qtbot, table_in_window):
    _, table, before, after = table_in_window
    first = current_prompt(table)
    with qtbot.assertNotEmitted(table.currentTaskChanged):
        qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert after.hasFocus() and current_prompt(table) == first
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Backtab)
    assert before.hasFocus() and current_prompt(table) == first


def test_arrows_move_within_the_table(qtbot, table_in_window):
    _, table, _, _ = table_in_window
    with qtbot.waitSignal(table.currentTaskChanged) as moved:
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert moved.args[0].request.prompt == "a dog on a beach" and table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_End)
    assert current_prompt(table) == "a bird at dawn"
    qtbot.keyClick(table, Qt.Key.Key_Home)
    assert current_prompt(table) == "a cat in the rain"


def test_enter_plays_the_row_and_the_menu_key_opens_its_menu(qtbot, table_in_window):
    _, table, _, _ = table_in_window
    with qtbot.waitSignal(table.playRequested) as played:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert played.args[0].request.prompt == "a cat in the rain"
    for key, modifier in ((Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
                          (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)):
        qtbot.keyClick(table, key, modifier)
        qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        menu = QApplication.activePopupWidget()
        row = table.visualRect(table.currentIndex())
        assert row.contains(table.viewport().mapFromGlobal(menu.pos()))  # at the row
        assert "Play" in [action.text() for action in menu.actions()]
        menu.close()


def test_a_failed_row_says_why_and_every_row_says_when(qtbot, table_in_window):
    _, table, _, _ = table_in_window
    model = table.model()
    assert model.index(1, Column.STATE).data().splitlines() == ["Failed", "balance too low"]
    metrics = table.fontMetrics()
    for row, expected in ((0, time.strftime("%H:%M", time.localtime(NOW - 30))),
                          (2, time.strftime("%Y-%m-%d", time.localtime(NOW - 400 * 86400)))):
        text = model.index(row, Column.CREATED).data()
        assert expected in text
        # Whole in its column: a date that is cut off is no date.
        assert metrics.horizontalAdvance(text) + 8 <= table.columnWidth(Column.CREATED)
    yesterday_or_before = model.index(1, Column.CREATED).data()
    assert "-" in yesterday_or_before, "a row from an earlier day shows its day"


@pytest.mark.parametrize("width", [640, 800, 1100])
def test_columns_share_the_width_and_the_prompt_is_the_widest(qtbot, table_in_window, width):
    window, table, _, _ = table_in_window
    window.resize(width, 400)
    qtbot.waitUntil(lambda: table.width() <= width)
    header = table.horizontalHeader()
    widths = [header.sectionSize(column) for column in Column]
    assert header.length() <= table.viewport().width(), widths
    assert widths[Column.PROMPT] == max(widths)


def contrast(a: QColor, b: QColor) -> float:
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
                + 0.0722 * channel(colour.blueF()))
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_state_dot_stays_visible_on_a_selected_row(qtbot, table_in_window):
    _, table, _, _ = table_in_window
    highlight = table.palette().color(QPalette.ColorRole.Highlight)
    for row in range(table.model().rowCount()):
        icon = table.model().index(row, Column.STATE).data(Qt.ItemDataRole.DecorationRole)
        image = icon.pixmap(12, 12, QIcon.Mode.Selected).toImage()
        best = max(contrast(image.pixelColor(x, y), highlight)
                   for x in range(12) for y in range(12) if image.pixelColor(x, y).alpha() > 200)
        assert best >= 3.0, (row, best)  # WCAG's figure for graphics
