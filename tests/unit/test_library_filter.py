"""Finding clips: folded search text (case, accents, width, Chinese), ids, and the filters."""

from __future__ import annotations

import time

import pytest

from hailuo_desktop.domain.library_filter import (
    LibraryFilter,
    Period,
    SearchIndex,
    StatusChoice,
    fold,
    period_start,
)
from hailuo_desktop.domain.task import GenerationRequest, Task, TaskState

NOW = time.mktime((2026, 11, 26, 15, 30, 0, 0, 0, -1))   # a Thursday afternoon, local time


def task(prompt="A lighthouse", created_at=NOW - 60, **changes) -> Task:
    model = changes.pop("model", "minimax-t2v")
    return Task(GenerationRequest(model, prompt), created_at=created_at, **changes)


def shown(choice: LibraryFilter, tasks: list[Task]) -> list[Task]:
    accept = choice.matcher(SearchIndex(), NOW)
    return tasks if accept is None else [t for t in tasks if accept(t)]


@pytest.mark.parametrize(("text", "folded"), [
    ("Café  Crème\tBRÛLÉE", "cafe creme brulee"),
    ("Ｌｉｇｈｔｈｏｕｓｅ", "lighthouse"),       # full-width letters, as a Chinese IME types them
    ("灯塔在暴风雨中", "灯塔在暴风雨中"),
    ("Straße", "strasse"),
    ("ÅNGSTRÖM", "angstrom"),
])
def test_fold_ignores_case_accents_and_width_and_keeps_chinese(text, folded):
    assert fold(text) == folded


def test_every_word_must_appear_in_any_order_and_case():
    tasks = [task("Storm over the old LIGHTHOUSE"), task("A lighthouse at noon"),
             task("Storm clouds")]
    assert shown(LibraryFilter(text="lighthouse storm"), tasks) == [tasks[0]]
    assert shown(LibraryFilter(text="  "), tasks) == tasks
    assert LibraryFilter(text="  ").is_empty


def test_accents_and_chinese_find_their_clips():
    tasks = [task("Café terrace, crème brûlée"), task("海边的灯塔在暴风雨中"), task("Tea")]
    assert shown(LibraryFilter(text="creme BRULEE"), tasks) == [tasks[0]]
    assert shown(LibraryFilter(text="crème"), tasks) == [tasks[0]]
    assert shown(LibraryFilter(text="灯塔"), tasks) == [tasks[1]]


def test_a_pasted_task_or_trace_id_finds_its_row():
    tasks = [task(task_id="58cc618b-9639-4ee7", trace_id="0c1f9f13-0aef"), task()]
    assert shown(LibraryFilter(text=" 58cc618b-9639-4ee7 "), tasks) == [tasks[0]]
    assert shown(LibraryFilter(text="0C1F9F13-0AEF"), tasks) == [tasks[0]]


def test_the_search_text_is_made_again_when_an_id_arrives():
    index = SearchIndex()
    submitted = task()
    assert "abc" not in index.text(submitted)
    assert "abc-123" in index.text(submitted.evolve(task_id="abc-123"))


@pytest.mark.parametrize(("status", "states"), [
    (StatusChoice.DONE, {TaskState.SUCCEEDED}),
    (StatusChoice.FAILED, {TaskState.FAILED}),
    (StatusChoice.RUNNING, {TaskState.SUBMITTING, TaskState.PENDING, TaskState.PROCESSING,
                            TaskState.STALE}),
    (StatusChoice.UNCONFIRMED, {TaskState.UNCONFIRMED}),
    (StatusChoice.ANY, set(TaskState)),
])
def test_status_filter(status, states):
    tasks = [task(state=state) for state in TaskState]
    assert {t.state for t in shown(LibraryFilter(status=status), tasks)} == states


def test_model_starred_and_period_filters_combine():
    last_week = NOW - 8 * 86400
    tasks = [task(model="minimax-i2v", starred=True), task(starred=True),
             task(model="minimax-i2v"), task(model="minimax-i2v", starred=True,
                                             created_at=last_week)]
    assert shown(LibraryFilter(model="minimax-i2v", starred=True), tasks) == [tasks[0], tasks[3]]
    assert shown(LibraryFilter(model="minimax-i2v", starred=True, period=Period.WEEK),
                 tasks) == [tasks[0]]


def test_today_starts_at_local_midnight_and_the_week_on_monday():
    today = period_start(Period.TODAY, NOW)
    week = period_start(Period.WEEK, NOW)
    assert time.localtime(today)[:6] == (2026, 11, 26, 0, 0, 0)
    assert time.localtime(week)[:6] == (2026, 11, 23, 0, 0, 0)
    assert time.localtime(week).tm_wday == 0
    assert period_start(Period.ALL, NOW) is None
    tasks = [task(created_at=today - 1), task(created_at=today), task(created_at=week - 1)]
    assert shown(LibraryFilter(period=Period.TODAY), tasks) == [tasks[1]]
    assert shown(LibraryFilter(period=Period.WEEK), tasks) == tasks[:2]


def test_no_filter_needs_no_test():
    assert LibraryFilter().matcher(SearchIndex(), NOW) is None
    assert not LibraryFilter(starred=True).is_empty


@pytest.mark.parametrize(("before", "after", "narrows"), [
    (LibraryFilter(), LibraryFilter(text="g"), True),
    (LibraryFilter(text="gol"), LibraryFilter(text="Gold"), True),
    (LibraryFilter(text="golden "), LibraryFilter(text="golden o"), True),
    (LibraryFilter(text="golden"), LibraryFilter(text="golde"), False),
    (LibraryFilter(text="gold en"), LibraryFilter(text="golden"), False),
    (LibraryFilter(text="a"), LibraryFilter(text="ab", starred=True), False),
])
def test_a_key_typed_at_the_end_only_narrows(before, after, narrows):
    assert after.narrows(before) is narrows
    if narrows:   # what the narrower filter shows, the wider one showed
        tasks = [task(p) for p in ("golden sunset", "gold coin", "golden ocean", "abc")]
        assert set(map(id, shown(after, tasks))) <= set(map(id, shown(before, tasks)))
