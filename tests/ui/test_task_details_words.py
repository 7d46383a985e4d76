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
