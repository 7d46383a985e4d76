"""The table model adapts the task service: roles, plain-text tooltips, one-row updates."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hailuo_desktop.domain.task import GenerationRequest, Task, TaskState
from hailuo_desktop.ui.library.task_table_model import (
    STATE_ROLE,
    TASK_ID_ROLE,
    Column,
    TaskTableModel,
)


class FakeService:
    """Just what the model reads; the real service is exercised end to end elsewhere."""

    def __init__(self, tasks):
        from PySide6.QtCore import QObject, Signal

        class Signals(QObject):
            taskInserted = Signal(int)
            taskUpdated = Signal(int)

        self._signals = Signals()
        self.taskInserted = self._signals.taskInserted
        self.taskUpdated = self._signals.taskUpdated
        self._tasks = list(tasks)

    def count(self):
        return len(self._tasks)

    def task_at(self, row):
        return self._tasks[row]

    def now(self):
        return 1000.0


def make_task(**changes) -> Task:
    return Task(GenerationRequest("minimax-t2v", "<img src=x> & <b>bold</b>"),
                created_at=900.0, **changes)


def test_every_cell_reports_state_and_task_id(qapp):
    service = FakeService([make_task(state=TaskState.FAILED, task_id="abc",
                                     error_code="used_up", error_message="<i>low</i>")])
    model = TaskTableModel(service)
    for column in Column:
        index = model.index(0, column)
        assert index.data(STATE_ROLE) == "failed"
        assert index.data(TASK_ID_ROLE) == "abc"
    assert model.index(0, Column.PROMPT).data() == "<img src=x> & <b>bold</b>"
    assert model.index(0, Column.ELAPSED).data() == "1:40"


def test_tooltips_show_markup_literally(qapp):
    service = FakeService([make_task(state=TaskState.FAILED, error_code="used_up",
                                     error_message="<i>low</i>", trace_id="t-1")])
    model = TaskTableModel(service)
    prompt_tip = model.index(0, Column.PROMPT).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img src=x&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in prompt_tip
    state_tip = model.index(0, Column.STATE).data(Qt.ItemDataRole.ToolTipRole)
    assert "balance is too low" in state_tip
    assert "&lt;i&gt;low&lt;/i&gt;" in state_tip and "t-1" in state_tip


def test_an_update_repaints_one_row_only(qapp, qtbot):
    service = FakeService([make_task(), make_task(), make_task()])
    model = TaskTableModel(service)
    with qtbot.waitSignal(model.dataChanged) as changed:
        service.taskUpdated.emit(1)
    top_left, bottom_right = changed.args[:2]
    assert (top_left.row(), bottom_right.row()) == (1, 1)
    assert (top_left.column(), bottom_right.column()) == (0, len(Column) - 1)
