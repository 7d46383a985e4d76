"""Adapts the task service's events to Qt's model for the table (and any other view): one row
per task shown, sorted and filtered here.

Sorting and filtering work on plain Python lists with precomputed keys: sorting ten thousand
rows is one `list.sort`, not a Python call per comparison as a proxy model would make. The
model owns no task data; it keeps the order of what the service told it, and tells the view
which rows changed (`taskChanged` for a shown task's news, never for the clock's ticks).
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
    Signal,
)

from ...domain import messages
from ...domain.models import model_by_id
from ...domain.task import STATE_LABELS, DownloadState, Task
from ...services.task_service import TaskService
from ..common.formatting import duration, full_time, local_time, one_line, plain_tooltip
from .poster_cache import PosterCache
from .state_dots import state_dots

_ROOT = QModelIndex()
STATE_ROLE = Qt.ItemDataRole.UserRole
TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
LOCAL_ID_ROLE = Qt.ItemDataRole.UserRole + 2
TASK_ROLE = Qt.ItemDataRole.UserRole + 3


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

_ALL_ROLES: list[int] = []  # dataChanged with no roles: every role of the cell changed

# Sorting by a word column orders rows by the word shown, computed once, not once a row.
_STATE_RANK = {state: label.casefold() for state, label in STATE_LABELS.items()}
_FILE_RANK = {state: label.casefold() for state, label in FILE_LABELS.items()}


def file_text(task: Task, progress: tuple[int, int] | None) -> str:
    if task.download_state is DownloadState.DOWNLOADING and progress:
        done, total = progress
        if total > 0:
            return f"Saving {done * 100 // total}%"
        return f"Saving… {done / 1_000_000:.1f} MB"
    return FILE_LABELS[task.download_state]


class TaskTableModel(QAbstractTableModel):
    # A shown task has news (not the clock's ticks): Task as it is now, names of changed fields.
    taskChanged = Signal(object, object)
    # What is shown changed in number: read rowCount() and totalCount().
    shownChanged = Signal()

    def __init__(self, service: TaskService, parent: QObject | None = None, *,
                 posters: PosterCache,
                 progress: Callable[[str], tuple[int, int] | None] = lambda _id: None):
        super().__init__(parent)
        self._service = service
        self._progress = progress
        self._icons = state_dots()
        self.posters = posters
        posters.ready.connect(self._poster_ready)
        self._rows: list[Task] = []
        self._index: dict[str, int] = {}
        self._folded: dict[str, str] = {}  # local id → prompt for sorting, folded once
        self._running: set[str] = set()    # rows whose clock ticks
        self._column = Column.CREATED
        self._order = Qt.SortOrder.DescendingOrder
        self._accept: Callable[[Task], bool] | None = None
        service.tasksAdded.connect(self._on_added)
        service.taskChanged.connect(self._on_changed)
        service.tasksRemoved.connect(self._on_removed)
        self._ticker = QTimer(self, interval=1000)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()

    # --- the shape -----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def totalCount(self) -> int:
        """Every task, shown or filtered out."""
        return self._service.count()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        return None

    def task(self, row: int) -> Task:
        return self._rows[row]

    def row_of(self, local_id: str) -> int | None:
        return self._index.get(local_id)

    def now(self) -> float:
        return self._service.now()

    # --- cells ---------------------------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        task = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(task, column)
        if role == STATE_ROLE:
            return task.state.value
        if role == TASK_ID_ROLE:
            return task.task_id
        if role == LOCAL_ID_ROLE:
            return task.local_id
        if role == TASK_ROLE:
            return task
        if role == Qt.ItemDataRole.DecorationRole and column is Column.STATE:
            return self._icons[task.state]
        if role == Qt.ItemDataRole.DecorationRole and column is Column.PREVIEW:
            return self.posters.get(task.local_id, task.poster_path) if task.poster_path \
                else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(task, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.ELAPSED,
                                                                     Column.CREATED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, task: Task, column: Column) -> str:
        if column is Column.STATE:
            # A failed row says why on a second line (rows are two lines high for the stills).
            reason = messages.short_reason(task)
            return f"{STATE_LABELS[task.state]}\n{reason}" if reason else STATE_LABELS[task.state]
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

    def _tooltip(self, task: Task, column: Column) -> str | None:
        if column is Column.PROMPT:
            return plain_tooltip(task.request.prompt)
        if column is Column.CREATED:
            return full_time(task.created_at)
        if column is Column.FILE:
            text = task.download_error or (task.file_path if _saved_file(task) else None)
            return plain_tooltip(text) if text else None
        if column is Column.STATE:
            lines = [STATE_LABELS[task.state]]
            if explanation := messages.explain_task(task):
                lines.append(explanation)
            if task.error_message:
                lines.append(f"Service said: {task.error_message}")
            if task.trace_id:
                lines.append(f"Trace id: {task.trace_id}")
            return plain_tooltip("\n".join(lines))
        return None

    # --- order and choice ----------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._column, self._order = Column(column), order
        self._relayout(self._arranged(self._rows))

    def setFilter(self, accept: Callable[[Task], bool] | None) -> None:
        """Show only the tasks `accept` takes (all of them for None)."""
        self._accept = accept
        self._relayout(self._arranged(self._service.tasks()))
        self.shownChanged.emit()

    def _shown(self, task: Task) -> bool:
        return self._accept is None or self._accept(task)

    def _sort_key(self) -> Callable[[Task], object]:
        column = self._column
        if column is Column.CREATED:
            return lambda t: t.created_at
        if column is Column.ELAPSED:
            now = self._service.now()
            return lambda t: (t.elapsed(now), t.created_at)
        if column is Column.PROMPT:
            return lambda t: (self._fold(t), t.created_at)
        if column is Column.PREVIEW:
            return lambda t: (bool(t.poster_path), t.created_at)
        if column is Column.STATE:
            return lambda t: (_STATE_RANK[t.state], t.created_at)
        if column is Column.FILE:
            return lambda t: (_FILE_RANK[t.download_state], t.created_at)
        labels: dict[str, str] = {}  # the few model ids, folded once per sort

        def model_key(t: Task):
            model = t.request.model
            if model not in labels:
                labels[model] = model_by_id(model).label.casefold()
            return labels[model], t.created_at

        return model_key

    def _fold(self, task: Task) -> str:
        folded = self._folded.get(task.local_id)
        if folded is None:
            folded = self._folded[task.local_id] = " ".join(task.request.prompt.split()).casefold()
        return folded

    def _arranged(self, tasks: list[Task]) -> list[Task]:
        shown = tasks if self._accept is None else [t for t in tasks if self._accept(t)]
        return sorted(shown, key=self._sort_key(),
                      reverse=self._order is Qt.SortOrder.DescendingOrder)

    def _relayout(self, rows: list[Task]) -> None:
        """Show `rows` in this order, keeping the selection on the same tasks."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self._rows[i.row()].local_id if i.isValid() else None for i in old]
        self._rows = rows
        self._index = {task.local_id: row for row, task in enumerate(rows)}
        new = [self.index(self._index[local_id], i.column()) if local_id in self._index
               else QModelIndex() for local_id, i in zip(ids, old, strict=True)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _reindex(self, start: int) -> None:
        for row in range(start, len(self._rows)):
            self._index[self._rows[row].local_id] = row

    def _position(self, task: Task) -> int:
        """Where `task` goes among the rows in the current order."""
        key = self._sort_key()
        mine = key(task)
        descending = self._order is Qt.SortOrder.DescendingOrder
        for row, other in enumerate(self._rows):
            theirs = key(other)
            if (mine > theirs) if descending else (mine < theirs):
                return row
        return len(self._rows)

    # --- the service's news --------------------------------------------------------------
    def _on_added(self, tasks: list[Task]) -> None:
        self._running.update(t.local_id for t in tasks if not t.state.is_final)
        if len(tasks) > 1:
            # A load: one reset, not thousands of inserts.
            self.beginResetModel()
            self._rows = self._arranged(self._rows + tasks)
            self._index = {task.local_id: row for row, task in enumerate(self._rows)}
            self.endResetModel()
        else:
            for task in tasks:
                if self._shown(task):
                    self._insert(task)
        self.shownChanged.emit()

    def _insert(self, task: Task) -> None:
        row = self._position(task)
        self.beginInsertRows(_ROOT, row, row)
        self._rows.insert(row, task)
        self._reindex(row)
        self.endInsertRows()

    def _remove(self, row: int) -> None:
        self.beginRemoveRows(_ROOT, row, row)
        gone = self._rows.pop(row)
        del self._index[gone.local_id]
        self._reindex(row)
        self.endRemoveRows()

    def _on_changed(self, task: Task, fields: frozenset[str]) -> None:
        if task.state.is_final:
            self._running.discard(task.local_id)
        else:
            self._running.add(task.local_id)
        row = self._index.get(task.local_id)
        shown = self._shown(task)
        if row is None:
            if shown:
                self._insert(task)
                self.shownChanged.emit()
            return
        if not shown:
            self._remove(row)
            self.shownChanged.emit()
            return
        self._rows[row] = task
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1), _ALL_ROLES)
        self.taskChanged.emit(task, fields)

    def _on_removed(self, local_ids: list[str]) -> None:
        for local_id in local_ids:
            self._running.discard(local_id)
            self._folded.pop(local_id, None)
            row = self._index.get(local_id)
            if row is not None:
                self._remove(row)
        self.shownChanged.emit()

    def _poster_ready(self, local_id: str) -> None:
        self._cells_changed(local_id, Column.PREVIEW)

    def progressChanged(self, local_id: str) -> None:
        self._cells_changed(local_id, Column.FILE)

    def _cells_changed(self, local_id: str, column: Column) -> None:
        row = self._index.get(local_id)
        if row is not None:
            cell = self.index(row, column)
            self.dataChanged.emit(cell, cell, _ALL_ROLES)

    def _tick(self) -> None:
        """Running rows' clocks: one cell each, and only theirs."""
        for local_id in self._running:
            self._cells_changed(local_id, Column.ELAPSED)

    # --- dragging a saved clip out, as the file itself -----------------------------------
    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and _saved_file(self._rows[index.row()]):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return ["text/uri-list"]

    def mimeData(self, indexes) -> QMimeData | None:
        paths = {_saved_file(self._rows[i.row()]) for i in indexes if i.isValid()}
        paths.discard(None)
        if not paths:
            return None
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(path) for path in sorted(paths)])
        return data


def _saved_file(task: Task) -> str | None:
    return task.file_path if task.download_state is DownloadState.SAVED else None
