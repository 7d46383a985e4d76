"""The details panel stars a finished clip, and says when it is starred."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from hailuo_desktop.domain.task import GenerationRequest, Task, TaskState
from hailuo_desktop.ui.library.task_details import TaskDetails


def clip(state: TaskState = TaskState.SUCCEEDED, **changes) -> Task:
    return Task(GenerationRequest("minimax-t2v", "a keeper"), created_at=1.0e9, state=state,
                local_id="clip", **changes)


def test_a_finished_clip_is_starred_from_the_details(qtbot):
    details = TaskDetails("1.0")
    qtbot.addWidget(details)
    details.show()
    stars = []
    details.starRequested.connect(lambda ids, on: stars.append((ids, on)))
    details.showTask(clip())
    button = details.findChild(QPushButton, "starButton")
    assert button.isVisible() and button.text() == "☆ Star"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert stars == [(["clip"], True)]
    details.showTask(clip(starred=True))
    assert button.text() == "★ Starred"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert stars[-1] == (["clip"], False)


def test_a_failed_row_keeps_its_remedy_in_front(qtbot):
    details = TaskDetails("1.0")
    qtbot.addWidget(details)
    details.show()
    details.showTask(clip(TaskState.FAILED, error_code="too_many_requests"))
    assert not details.findChild(QPushButton, "starButton").isVisible()
