"""The window's dividers stay where they are as the selection's text changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QSplitter

from hailuo_desktop.domain.task import DownloadState, GenerationRequest, Task, TaskState


def relaid(window) -> None:
    """Let every layout that asked to be redone do so now, nested ones too."""
    for _ in range(4):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def splitter_sizes(window) -> list[list[int]]:
    return [splitter.sizes() for splitter in window.findChildren(QSplitter)]


def test_the_preview_details_divider_does_not_jump_as_text_changes(open_app, qtbot):
    window = open_app(demo=True)
    qtbot.waitUntil(lambda: window.details.isVisible())
    short = Task(GenerationRequest("minimax-t2v", "a cat"), created_at=1.0e9,
                 state=TaskState.SUCCEEDED, task_id="t-1")
    long_words = Task(
        GenerationRequest("minimax-i2v", "a very long prompt " * 60,
                          "https://cdn.example/" + "very-long-path-segment/" * 12 + "x.png"),
        created_at=1.0e9, state=TaskState.FAILED, task_id="t-" + "9" * 80,
        error_code="used_up", error_message="x" * 300, trace_id="trace-" + "7" * 90,
        download_state=DownloadState.SAVED, file_path="/videos/" + "long_name_" * 20 + ".mp4")
    window.details.showTask(short)
    relaid(window)
    before = splitter_sizes(window)
    for task in (long_words, short, None, long_words):
        window.details.showTask(task)
        relaid(window)
        assert splitter_sizes(window) == before
