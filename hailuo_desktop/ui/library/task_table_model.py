"""Adapts the task service's list to a QTableView: one row per task, newest last.

It owns no data: it reads the service and turns its row signals into model signals.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from ...domain import messages
from ...domain.models import model_by_id
from ...domain.task import STATE_LABELS, DownloadState, Task, TaskState
from ...services.task_service import TaskService
from ..common.formatting import duration, local_time, one_line, plain_tooltip

_ROOT = QModelIndex()
STATE_ROLE = Qt.ItemDataRole.UserRole
TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
LOCAL_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3


class Column(IntEnum):
    PREVIEW = 0
    STATE = 1
    PROMPT = 2
    MODEL = 3
    ELAPSED = 4
    CREATED = 5
    FILE = 6


HEADERS = {Column.PREVIEW: "", Column.STATE: "Status", Column.PROMPT: "Prompt",
           Column.MODEL: "Model", Column.ELAPSED: "Time", Column.CREATED: "Started",
           Column.FILE: "On disk"}

PREVIEW_SIZE = QSize(64, 36)

FILE_LABELS = {
    DownloadState.NONE: "", DownloadState.QUEUED: "Waiting to save",
    DownloadState.DOWNLOADING: "Saving…", DownloadState.RETRYING: "Retrying…",
    DownloadState.SAVED: "Saved", DownloadState.FAILED: "Not saved",
    DownloadState.EXPIRED: "Link expired", DownloadState.MISSING: "File missing",
    DownloadState.CANCELLED: "Cancelled",
}

STATE_COLOURS = {
    TaskState.SUBMITTING: "#8a8f98", TaskState.PENDING: "#8a8f98",
    TaskState.PROCESSING: "#2f7de1", TaskState.SUCCEEDED: "#2e9e5b",
    TaskState.FAILED: "#d64541", TaskState.UNCONFIRMED: "#e0902b",
    TaskState.STALE: "#e0902b",
}


def _dot(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


def explanation_for(task: Task) -> str | None:
    """The plain sentence for a task that did not simply succeed or is still running."""
    if task.state in (TaskState.FAILED, TaskState.UNCONFIRMED, TaskState.STALE):
        return messages.explain(task.error_code).sentence
    return None


def file_text(task: Task, progress: tuple[int, int] | None) -> str:
    if task.download_state is DownloadState.DOWNLOADING and progress:
        done, total = progress
        if total > 0:
            return f"Saving {done * 100 // total}%"
        return f"Saving… {done / 1_000_000:.1f} MB"
    return FILE_LABELS[task.download_state]


class TaskTableModel(QAbstractTableModel):
    def __init__(self, service: TaskService, parent: QObject | None = None, *,
                 progress: Callable[[str], tuple[int, int] | None] = lambda _id: None):
        super().__init__(parent)
        self._service = service
        self._progress = progress
        self._icons = {state: _dot(colour) for state, colour in STATE_COLOURS.items()}
        self._posters: dict[str, QPixmap] = {}
        service.taskInserted.connect(self._on_inserted)
        service.taskUpdated.connect(self._on_updated)
        # Elapsed time of running rows ticks once a second.
        self._ticker = QTimer(self, interval=1000)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._service.count()

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        return None

    def task(self, row: int) -> Task:
        return self._service.task_at(row)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self._service.count():
            return None
        task = self._service.task_at(index.row())
        column = Column(index.column())
        if role == STATE_ROLE:
            return task.state.value
        if role == TASK_ID_ROLE:
            return task.task_id
        if role == LOCAL_ID_ROLE:
            return task.local_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(task, column)
        if role == SORT_ROLE:
            return self._sort_key(task, column)
        if role == Qt.ItemDataRole.DecorationRole and column is Column.STATE:
            return self._icons[task.state]
        if role == Qt.ItemDataRole.DecorationRole and column is Column.PREVIEW:
            return self._poster(task)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(task, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.ELAPSED,
                                                                     Column.CREATED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, task: Task, column: Column) -> str:
        if column is Column.STATE:
            return STATE_LABELS[task.state]
        if column is Column.PROMPT:
            return one_line(task.request.prompt)
        if column is Column.MODEL:
            return model_by_id(task.request.model).label
        if column is Column.ELAPSED:
            return duration(task.elapsed(self._service.now()))
        if column is Column.FILE:
            return file_text(task, self._progress(task.local_id))
        if column is Column.PREVIEW:
            return ""
        return local_time(task.created_at)

    def _sort_key(self, task: Task, column: Column):
        if column is Column.ELAPSED:
            return task.elapsed(self._service.now())
        if column is Column.CREATED:
            return task.created_at
        return self._display(task, column).lower()

    def _poster(self, task: Task) -> QPixmap | None:
        """The clip's still, read once (a few KB) and kept."""
        if not task.poster_path:
            return None
        if task.poster_path not in self._posters:
            pixmap = QPixmap(task.poster_path)
            self._posters[task.poster_path] = pixmap.scaled(
                PREVIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation) if not pixmap.isNull() else pixmap
        pixmap = self._posters[task.poster_path]
        return None if pixmap.isNull() else pixmap

    # --- dragging a saved clip out, as the file itself -----------------------------------
    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and self._saved_file(self._service.task_at(index.row())):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return ["text/uri-list"]

    def mimeData(self, indexes) -> QMimeData | None:
        paths = {self._saved_file(self._service.task_at(i.row())) for i in indexes if i.isValid()}
        paths.discard(None)
        if not paths:
            return None
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(path) for path in sorted(paths)])
        return data

    @staticmethod
    def _saved_file(task: Task) -> str | None:
        return task.file_path if task.download_state is DownloadState.SAVED else None

    def progressChanged(self, local_id: str) -> None:
        row = self._service.row_of(local_id)
        if row is not None:
            cell = self.index(row, Column.FILE)
            self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DisplayRole])

    def _tooltip(self, task: Task, column: Column) -> str | None:
        if column is Column.PROMPT:
            return plain_tooltip(task.request.prompt)
        if column is Column.FILE:
            text = task.download_error or (task.file_path if self._saved_file(task) else None)
            return plain_tooltip(text) if text else None
        if column is Column.STATE:
            lines = [STATE_LABELS[task.state]]
            if explanation := explanation_for(task):
                lines.append(explanation)
            if task.error_message:
                lines.append(f"Service said: {task.error_message}")
            if task.trace_id:
                lines.append(f"Trace id: {task.trace_id}")
            return plain_tooltip("\n".join(lines))
        return None

    def _on_inserted(self, row: int) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.endInsertRows()

    def _on_updated(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def _tick(self) -> None:
        for row in range(self._service.count()):
            if not self._service.task_at(row).state.is_final:
                cell = self.index(row, Column.ELAPSED)
                self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DisplayRole])
