"""What each cell of a task row says: columns, texts, tooltips and the state dot, shared by the
table model and the gallery's tiles."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QSize

from ...domain import messages
from ...domain.i18n import QT_TRANSLATE_NOOP, Context
from ...domain.models import model_by_id
from ...domain.task import DownloadState, Task, state_label
from ..common.formatting import duration, full_time, local_time, one_line, plain_tooltip


class Column(IntEnum):
    PREVIEW = 0
    STAR = 1
    STATE = 2
    PROMPT = 3
    MODEL = 4
    ELAPSED = 5
    CREATED = 6
    FILE = 7


TaskCells = Context("TaskCells")

# As written here; `header()` gives them in the user's language.
HEADERS = {Column.PREVIEW: "", Column.STAR: "★",
           Column.STATE: QT_TRANSLATE_NOOP("TaskCells", "Status"),
           Column.PROMPT: QT_TRANSLATE_NOOP("TaskCells", "Prompt"),
           Column.MODEL: QT_TRANSLATE_NOOP("TaskCells", "Model"),
           Column.ELAPSED: QT_TRANSLATE_NOOP("TaskCells", "Time"),
           Column.CREATED: QT_TRANSLATE_NOOP("TaskCells", "Started"),
           Column.FILE: QT_TRANSLATE_NOOP("TaskCells", "On disk")}

PREVIEW_SIZE = QSize(64, 36)
GALLERY_POSTER_SIZE = QSize(160, 90)
STAR_COLOUR = "#e0a92b"
STARRED, NOT_STARRED = "★", "☆"

FILE_LABELS = {
    DownloadState.NONE: "",
    DownloadState.QUEUED: QT_TRANSLATE_NOOP("TaskCells", "Waiting to save"),
    DownloadState.DOWNLOADING: QT_TRANSLATE_NOOP("TaskCells", "Saving…"),
    DownloadState.RETRYING: QT_TRANSLATE_NOOP("TaskCells", "Retrying…"),
    DownloadState.SAVED: QT_TRANSLATE_NOOP("TaskCells", "Saved"),
    DownloadState.FAILED: QT_TRANSLATE_NOOP("TaskCells", "Not saved"),
    DownloadState.EXPIRED: QT_TRANSLATE_NOOP("TaskCells", "Link expired"),
    DownloadState.MISSING: QT_TRANSLATE_NOOP("TaskCells", "File missing"),
    DownloadState.CANCELLED: QT_TRANSLATE_NOOP("TaskCells", "Cancelled"),
}


def header(column: Column) -> str:
    return TaskCells.tr(HEADERS[column]) if HEADERS[column] else ""


def file_label(state: DownloadState) -> str:
    return TaskCells.tr(FILE_LABELS[state]) if FILE_LABELS[state] else ""


def file_text(task: Task, progress: tuple[int, int] | None) -> str:
    if task.download_state is DownloadState.DOWNLOADING and progress:
        done, total = progress
        if total > 0:
            return TaskCells.tr("Saving {percent}%").format(percent=done * 100 // total)
        return TaskCells.tr("Saving… {size} MB").format(size=f"{done / 1_000_000:.1f}")
    return file_label(task.download_state)


def take_text(position: tuple[int, int] | None) -> str:
    """"Take 2 of 3" for a take of a shot of several; "" for a single clip."""
    if position is None:
        return ""
    return TaskCells.tr("Take {number} of {count}").format(number=position[0],
                                                           count=position[1])


def star_text(task: Task) -> str:
    return TaskCells.tr("Starred") if task.starred else TaskCells.tr("Not starred")


def display(task: Task, column: Column, *, now: float, progress: tuple[int, int] | None,
            take: tuple[int, int] | None) -> str:
    if column is Column.STATE:
        # A failed row says why on a second line (rows are two lines high for the stills).
        reason = messages.short_reason(task)
        return f"{state_label(task.state)}\n{reason}" if reason else state_label(task.state)
    if column is Column.PROMPT:
        label = take_text(take)
        return TaskCells.tr("{take} · {prompt}").format(
            take=label, prompt=one_line(task.request.prompt)) if label else \
            one_line(task.request.prompt)
    if column is Column.MODEL:
        return model_by_id(task.request.model).label
    if column is Column.ELAPSED:
        return duration(task.elapsed(now))
    if column is Column.FILE:
        return file_text(task, progress)
    if column is Column.STAR:
        return STARRED if task.starred else NOT_STARRED
    if column is Column.PREVIEW:
        return ""
    return local_time(task.created_at)


def tooltip(task: Task, column: Column) -> str | None:
    if column in (Column.PROMPT, Column.PREVIEW):
        return plain_tooltip(task.request.prompt)
    if column is Column.CREATED:
        return full_time(task.created_at)
    if column is Column.STAR:
        return TaskCells.tr("Starred: a keeper. Click, or press S, to change.") \
            if task.starred else TaskCells.tr("Click, or press S, to star this take as a keeper.")
    if column is Column.FILE:
        text = task.download_error or (task.file_path if saved_file(task) else None)
        return plain_tooltip(text) if text else None
    if column is Column.STATE:
        lines = [state_label(task.state)]
        if explanation := messages.explain_task(task):
            lines.append(explanation)
        if task.error_message:
            lines.append(TaskCells.tr("Service said: {message}").format(
                message=task.error_message))
        if task.trace_id:
            lines.append(TaskCells.tr("Trace id: {id}").format(id=task.trace_id))
        return plain_tooltip("\n".join(lines))
    return None


def saved_file(task: Task) -> str | None:
    return task.file_path if task.download_state is DownloadState.SAVED else None
