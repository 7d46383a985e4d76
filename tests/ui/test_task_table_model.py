"""The table model adapts the task service's events: roles, plain-text tooltips, one-row
updates, and sorting and filtering that keep the selection on the same tasks."""

from __future__ import annotations

import pytest
from fakes import FakeTaskService
from PySide6.QtCore import QPersistentModelIndex, QSize, Qt

from hailuo_desktop.domain.task import GenerationRequest, Task, TaskState
from hailuo_desktop.ui.library.poster_cache import PosterCache
from hailuo_desktop.ui.library.task_table_model import (
    LOCAL_ID_ROLE,
    STATE_ROLE,
    TASK_ID_ROLE,
    Column,
    TaskTableModel,
)


def make_task(prompt="<img src=x> & <b>bold</b>", created_at=900.0, **changes) -> Task:
    return Task(GenerationRequest("minimax-t2v", prompt), created_at=created_at, **changes)


@pytest.fixture
def make_model(qapp, event_loop):
    made = []

    def make(*tasks):
        service = FakeTaskService()
        model = TaskTableModel(service, posters=PosterCache(QSize(64, 36)))
        service.add(*tasks)
        made.append(model)
        return service, model

    yield make


def ids(model) -> list[str]:
    return [model.index(r, 0).data(LOCAL_ID_ROLE) for r in range(model.rowCount())]


def test_every_cell_reports_state_and_task_id(make_model):
    _, model = make_model(make_task(state=TaskState.FAILED, task_id="abc",
                                    error_code="used_up", error_message="<i>low</i>"))
    for column in Column:
        index = model.index(0, column)
        assert index.data(STATE_ROLE) == "failed"
        assert index.data(TASK_ID_ROLE) == "abc"
    assert model.index(0, Column.PROMPT).data() == "<img src=x> & <b>bold</b>"
    assert model.index(0, Column.ELAPSED).data() == "1:40"


def test_tooltips_show_markup_literally(make_model):
    _, model = make_model(make_task(state=TaskState.FAILED, error_code="used_up",
                                    error_message="<i>low</i>", trace_id="t-1"))
    prompt_tip = model.index(0, Column.PROMPT).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img src=x&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in prompt_tip
    state_tip = model.index(0, Column.STATE).data(Qt.ItemDataRole.ToolTipRole)
    assert "balance is too low" in state_tip
    assert "&lt;i&gt;low&lt;/i&gt;" in state_tip and "t-1" in state_tip


def test_a_change_repaints_its_row_only_and_says_what_changed(make_model, qtbot):
    tasks = [make_task(created_at=900.0 + n) for n in range(3)]
    service, model = make_model(*tasks)
    row = model.row_of(tasks[1].local_id)
    with qtbot.waitSignal(model.dataChanged) as repaint, \
            qtbot.waitSignal(model.taskChanged) as news:
        service.change(tasks[1].local_id, state=TaskState.PROCESSING)
    top_left, bottom_right = repaint.args[:2]
    assert (top_left.row(), bottom_right.row()) == (row, row)
    assert (top_left.column(), bottom_right.column()) == (0, len(Column) - 1)
    assert news.args[0].state is TaskState.PROCESSING and news.args[1] == {"state"}


def test_the_clock_ticks_only_running_rows_and_brings_no_news(make_model, qtbot):
    running = make_task(state=TaskState.PROCESSING, created_at=950.0)
    _, model = make_model(running, make_task(state=TaskState.SUCCEEDED))
    news = []
    model.taskChanged.connect(lambda *args: news.append(args))
    with qtbot.waitSignal(model.dataChanged, timeout=3000) as tick:
        pass
    cell = tick.args[0]
    assert (cell.row(), cell.column()) == (model.row_of(running.local_id), Column.ELAPSED)
    assert news == []


def test_newest_first_and_a_new_task_goes_on_top(make_model):
    old, older = make_task(created_at=200.0), make_task(created_at=100.0)
    service, model = make_model(older, old)
    assert ids(model) == [old.local_id, older.local_id]
    new = make_task(created_at=300.0)
    service.add(new)
    assert ids(model) == [new.local_id, old.local_id, older.local_id]


def test_sorting_keeps_the_selection_on_the_same_task(make_model):
    tasks = [make_task(prompt=word, created_at=float(n))
             for n, word in enumerate(["banana", "Apple", "cherry"])]
    _, model = make_model(*tasks)
    selected = QPersistentModelIndex(model.index(model.row_of(tasks[0].local_id), 0))
    model.sort(Column.PROMPT, Qt.SortOrder.AscendingOrder)
    assert [model.task(r).request.prompt for r in range(3)] == ["Apple", "banana", "cherry"]
    assert model.task(selected.row()).local_id == tasks[0].local_id
    model.sort(Column.PROMPT, Qt.SortOrder.DescendingOrder)
    assert [model.task(r).request.prompt for r in range(3)] == ["cherry", "banana", "Apple"]
    assert model.task(selected.row()).local_id == tasks[0].local_id


def test_a_filter_shows_fewer_rows_and_follows_changes(make_model):
    done = make_task(state=TaskState.SUCCEEDED, created_at=2.0)
    failed = make_task(state=TaskState.FAILED, created_at=1.0)
    service, model = make_model(done, failed)
    model.setFilter(lambda task: task.state is TaskState.FAILED)
    assert ids(model) == [failed.local_id] and model.totalCount() == 2
    service.change(done.local_id, state=TaskState.FAILED)
    assert ids(model) == [done.local_id, failed.local_id]
    service.change(failed.local_id, state=TaskState.SUCCEEDED)
    assert ids(model) == [done.local_id]
    model.setFilter(None)
    assert len(ids(model)) == 2


def test_removed_tasks_leave_the_view(make_model):
    tasks = [make_task(created_at=float(n)) for n in range(3)]
    service, model = make_model(*tasks)
    service.remove(tasks[1].local_id)
    assert ids(model) == [tasks[2].local_id, tasks[0].local_id]
    assert model.row_of(tasks[0].local_id) == 1


def test_many_rows_removed_at_once_leave_in_runs_and_the_rest_keep_their_places(make_model,
                                                                                 qtbot):
    tasks = [make_task(prompt=f"clip {n}", created_at=float(n)) for n in range(20)]
    service, model = make_model(*tasks)
    runs = []
    model.rowsAboutToBeRemoved.connect(lambda _parent, first, last: runs.append((first, last)))
    gone = [t.local_id for n, t in enumerate(tasks) if n in (0, 1, 2, 7, 12, 13)]
    service.remove(*gone)
    assert len(runs) == 3, "one signal per run of neighbouring rows"
    left = [t.local_id for t in reversed(tasks) if t.local_id not in gone]
    assert ids(model) == left
    assert all(model.row_of(local_id) == row for row, local_id in enumerate(left))
    assert all(model.row_of(local_id) is None for local_id in gone)


def test_many_tasks_coming_back_at_once_keep_the_selection(make_model):
    tasks = [make_task(created_at=float(n)) for n in range(200)]
    service, model = make_model(*tasks[:100])
    kept = QPersistentModelIndex(model.index(model.row_of(tasks[50].local_id), 0))
    service.add(*tasks[100:])
    assert model.rowCount() == 200
    assert model.task(kept.row()).local_id == tasks[50].local_id


def test_the_star_column_shows_and_sorts_by_the_star(make_model):
    plain, starred = make_task(created_at=2.0), make_task(created_at=1.0, starred=True)
    _, model = make_model(plain, starred)
    cell = model.index(model.row_of(starred.local_id), Column.STAR)
    assert cell.data() == "★" and cell.data(Qt.ItemDataRole.AccessibleTextRole) == "Starred"
    assert model.index(model.row_of(plain.local_id), Column.STAR).data() == "☆"
    model.sort(Column.STAR, Qt.SortOrder.DescendingOrder)
    assert ids(model) == [starred.local_id, plain.local_id]
