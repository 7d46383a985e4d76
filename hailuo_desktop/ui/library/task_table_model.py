"""Adapts the task service's events to Qt's model for the table and the gallery: one row per
task shown, sorted and filtered here.

Sorting and filtering work on plain Python lists with precomputed keys: sorting ten thousand
rows is one `list.sort`, not a Python call per comparison as a proxy model would make, and a
search tests substrings of each task's text folded once (`domain.library_filter`). Takes of
one shot stay together whatever the order. The model owns no task data; it keeps the order of
what the service told it, and tells the views which rows changed (`taskChanged` for a shown
task's news, never for the clock's ticks).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor

from ...domain.chains import followers, shot_chain
from ...domain.library_filter import LibraryFilter, SearchIndex
from ...domain.takes import TakeGroups
from ...domain.task import Task, TaskState
from ...services.task_service import TaskService
from .cells import (
    GALLERY_POSTER_SIZE,
    PREVIEW_SIZE,
    STAR_COLOUR,
    Column,
    display,
    header,
    saved_file,
    star_text,
    tooltip,
)
from .poster_cache import PosterCache
from .row_order import RowOrder
from .state_dots import state_dots

_ROOT = QModelIndex()
STATE_ROLE = Qt.ItemDataRole.UserRole
TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
LOCAL_ID_ROLE = Qt.ItemDataRole.UserRole + 2
TASK_ROLE = Qt.ItemDataRole.UserRole + 3
POSTER_ROLE = Qt.ItemDataRole.UserRole + 4   # the gallery's larger still, or None
TAKE_ROLE = Qt.ItemDataRole.UserRole + 5     # (take, of how many), or None

# Up to this many tasks arriving at once (a submission, an Undo) are inserted one by one, which
# keeps the selection's signals exact; more are laid out again in one pass.
INSERT_ONE_BY_ONE = 50
INDEX_SLICE = 500  # tasks whose search text is made in one look at the event loop

_COLUMNS = len(Column)   # asked for every index Qt makes: len() of an enum is slow
_ALL_ROLES: list[int] = []  # dataChanged with no roles: every role of the cell changed


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
        self.takes = TakeGroups()
        self._search = SearchIndex()
        self._library_filter = LibraryFilter()
        self._rows: list[Task] = []
        self._index: dict[str, int] = {}
        self._running: set[str] = set()    # rows whose clock ticks
        self._sorting = RowOrder(self.takes, service.find, service.now)
        self._accept: Callable[[Task], bool] | None = None
        self._in_order = False   # the rows are sorted as asked, and no task changed since
        service.tasksAdded.connect(self._on_added)
        service.taskChanged.connect(self._on_changed)
        service.tasksRemoved.connect(self._on_removed)
        # After a load, each task's search text is made in small slices while the app is
        # idle, so that the first key typed in the search box finds it ready.
        self._unindexed: list[Task] = []
        self._indexer = QTimer(self, interval=0)
        self._indexer.timeout.connect(self._index_some)
        self._ticker = QTimer(self, interval=1000)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()

    # --- the shape -----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else _COLUMNS

    def totalCount(self) -> int:
        """Every task, shown or filtered out."""
        return self._service.count()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return header(Column(section))
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.STAR:
            return self.tr("Starred")
        return None

    def task(self, row: int) -> Task:
        return self._rows[row]

    def row_of(self, local_id: str) -> int | None:
        return self._index.get(local_id)

    def now(self) -> float:
        return self._service.now()

    def allTasks(self) -> list[Task]:
        """Every task in the list, shown or filtered out."""
        return self._service.tasks()

    def failedCount(self) -> int:
        return self._service.counts()[TaskState.FAILED]

    def takes_of(self, task: Task) -> list[Task]:
        """Every take of `task`'s shot that is in the list (shown or not), take 1 first."""
        found = (self._service.find(i) for i in self.takes.members(task.group_id))
        return [t for t in found if t is not None] or [task]

    def chain_of(self, task: Task) -> list[Task]:
        """The shots of the sequence `task` is in (continued from a frame), first shot first."""
        if task.continues_from is None and not any(
                t.continues_from == task.local_id for t in self._service.tasks()):
            return [task]
        return shot_chain(task, self._service.find, followers(self._service.tasks()))

    # --- cells ---------------------------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        task = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return display(task, column, now=self._service.now(),
                           progress=self._progress(task.local_id),
                           take=self.takes.position(task))
        if role == STATE_ROLE:
            return task.state.value
        if role == TASK_ID_ROLE:
            return task.task_id
        if role == LOCAL_ID_ROLE:
            return task.local_id
        if role == TASK_ROLE:
            return task
        if role == TAKE_ROLE:
            return self.takes.position(task)
        if role == POSTER_ROLE:
            return self._poster(task, GALLERY_POSTER_SIZE)
        if role == Qt.ItemDataRole.DecorationRole and column is Column.STATE:
            return self._icons[task.state]
        if role == Qt.ItemDataRole.DecorationRole and column is Column.PREVIEW:
            return self._poster(task, PREVIEW_SIZE)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(task, column)
        if column is Column.STAR:
            return self._star_data(task, role)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.ELAPSED,
                                                                     Column.CREATED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _poster(self, task: Task, size):
        return self.posters.get(task.local_id, task.poster_path, size) if task.poster_path \
            else None

    @staticmethod
    def _star_data(task: Task, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and task.starred:
            return QColor(STAR_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return star_text(task)
        return None

    # --- order and choice ----------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # QTableView.sortByColumn asks twice in a row: the rows are in this order already
        # unless a task changed since.
        if (Column(column), order) == self._sorting.chosen() and self._in_order:
            return
        self._sorting.choose(Column(column), order)
        self._relayout(self._arranged(self._rows))

    def setFilter(self, accept: Callable[[Task], bool] | None) -> None:
        """Show only the tasks `accept` takes (all of them for None)."""
        self._accept = accept
        self._relayout(self._arranged(self._service.tasks()))
        self.shownChanged.emit()

    def setLibraryFilter(self, choice: LibraryFilter) -> None:
        """Show what the search box and the filters ask for. A key typed at the end of the
        search only narrows what is shown: those rows are tested again, in their order."""
        before, self._library_filter = self._library_filter, choice
        accept = choice.matcher(self._search, self._service.now())
        if accept is None or not choice.narrows(before):
            self.setFilter(accept)
            return
        self._accept = accept
        self._relayout([task for task in self._rows if accept(task)])
        self.shownChanged.emit()

    def libraryFilter(self) -> LibraryFilter:
        return self._library_filter

    def _shown(self, task: Task) -> bool:
        return self._accept is None or self._accept(task)

    def _arranged(self, tasks: list[Task]) -> list[Task]:
        shown = tasks if self._accept is None else [t for t in tasks if self._accept(t)]
        self._in_order = True
        return self._sorting.arrange(shown)

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

    def _reindex(self, start: int = 0) -> None:
        for row in range(start, len(self._rows)):
            self._index[self._rows[row].local_id] = row

    # --- the service's news --------------------------------------------------------------
    def _on_added(self, tasks: list[Task]) -> None:
        for task in tasks:
            self.takes.add(task)
        self._running.update(t.local_id for t in tasks if not t.state.is_final)
        if not self._rows and len(tasks) > 1:
            # A load: one reset, not thousands of inserts.
            self.beginResetModel()
            self._rows = self._arranged(tasks)
            self._index = {task.local_id: row for row, task in enumerate(self._rows)}
            self.endResetModel()
            self._unindexed = list(tasks)
            self._indexer.start()
        elif len(tasks) > INSERT_ONE_BY_ONE:
            self._relayout(self._arranged(self._rows + tasks))
        else:
            for task in tasks:
                if self._shown(task):
                    self._insert(task)
        self.shownChanged.emit()

    def _insert(self, task: Task) -> None:
        row = self._sorting.position(self._rows, task)
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
        self._in_order = False
        self.dataChanged.emit(self.index(row, 0), self.index(row, _COLUMNS - 1), _ALL_ROLES)
        self.taskChanged.emit(task, fields)

    def _on_removed(self, local_ids: list[str]) -> None:
        rows = []
        for local_id in local_ids:
            self._running.discard(local_id)
            self._sorting.forget(local_id)
            self._search.forget(local_id)
            self.takes.discard(local_id)
            row = self._index.pop(local_id, None)
            if row is not None:
                rows.append(row)
        # Contiguous runs, last first, so that the rows above a run keep their numbers; the
        # index is rebuilt once at the end (views read rows, not the index, meanwhile).
        rows.sort(reverse=True)
        while rows:
            last = first = rows.pop(0)
            while rows and rows[0] == first - 1:
                first = rows.pop(0)
            self.beginRemoveRows(_ROOT, first, last)
            del self._rows[first:last + 1]
            self.endRemoveRows()
        self._index = {task.local_id: row for row, task in enumerate(self._rows)}
        self.shownChanged.emit()

    def _index_some(self) -> None:
        for task in self._unindexed[-INDEX_SLICE:]:
            self._search.text(task)
        del self._unindexed[-INDEX_SLICE:]
        if not self._unindexed:
            self._indexer.stop()

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
        if index.isValid() and saved_file(self._rows[index.row()]):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return ["text/uri-list"]

    def mimeData(self, indexes) -> QMimeData | None:
        paths = {saved_file(self._rows[i.row()]) for i in indexes if i.isValid()}
        paths.discard(None)
        if not paths:
            return None
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(path) for path in sorted(paths)])
        return data
