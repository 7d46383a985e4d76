"""The details panel's sentences name the buttons it shows, by the words on them."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QPushButton

from hailuo_desktop.domain.task import GenerationRequest, Task, TaskState
from hailuo_desktop.ui.library.task_details import TaskDetails


@pytest.mark.parametrize(("state", "code"), [(TaskState.STALE, "stale"),
                                             (TaskState.FAILED, "too_many_requests")])
def test_a_button_a_sentence_names_is_there_under_that_name(qtbot, state, code):
    details = TaskDetails("1.0")
    qtbot.addWidget(details)
    details.show()
    details.showTask(Task(GenerationRequest("minimax-t2v", "a slow one"), created_at=1.0e9,
                          state=state, task_id="t-1", error_code=code))
    sentence = details.findChild(type(details._explanation), "detailsExplanation").text()
    shown = {b.text() for b in details.findChildren(QPushButton) if b.isVisible()}
    named = re.findall(r"(?:use|press) ((?:[A-Z][a-z]+)(?: [a-z]+)?)", sentence)
    assert named, sentence
    for words in named:
        assert words in shown, f"{words!r} is not a button here: {shown}"


@pytest.mark.parametrize(("width", "above"), [(250, True), (420, False)])
def test_a_narrow_panel_puts_names_above_values_so_ids_show_whole(qtbot, width, above):
    details = TaskDetails("1.0")
    qtbot.addWidget(details)
    details.resize(width, 600)
    details.show()
    task_id = "81b14eec-a9f1-4c8f-92e2-8d45a81604ee"
    details.showTask(Task(GenerationRequest("minimax-t2v", "a lighthouse"), created_at=1.0e9,
                          state=TaskState.SUCCEEDED, task_id=task_id))
    label = details._fields["task_id"]
    name = details._form.labelForField(label)
    qtbot.waitUntil(lambda: label.isVisible() and label.width() > 0)
    assert (name.geometry().bottom() < label.geometry().top()) is above
    # The longest part a line may not break (a hyphen before a digit holds) fits the value.
    assert label.fontMetrics().horizontalAdvance("a9f1-4c8f-92e2-8d45a81604ee") <= label.width()
