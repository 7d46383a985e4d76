"""The task table: sorted newest first, with the actions a row offers in its context menu.

"The selection moved" (`currentTaskChanged`) and "the selected task has news"
(`currentTaskUpdated`) are separate signals: a clip playing for the selection keeps playing
while its row's clock ticks or its download finishes. Several rows can be selected (to remove,
star or compare them); the current row alone drives the details and the preview.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ...domain.task import Task, TaskState
from .column_fit import share_width
from .row_menu import build_row_menu
from .task_table_model import PREVIEW_SIZE, Column, TaskTableModel


class TaskTable(QTableView):
    currentTaskChanged = Signal(object)  # Task | None: the selection moved
    currentTaskUpdated = Signal(object, object)  # Task, frozenset of changed fields
    reuseRequested = Signal(object)      # Task
    refreshRequested = Signal(str)       # local id
    playRequested = Signal(object)       # Task
    playPauseRequested = Signal()        # Space: the preview's clip plays or pauses
    saveCopyRequested = Signal(object)   # Task
    revealRequested = Signal(object)     # Task
    saveToLibraryRequested = Signal(object)  # Task
    cancelDownloadRequested = Signal(str)    # local id
    lookForRequested = Signal(str)           # local id of an unconfirmed row
    continueRequested = Signal(object)       # Task whose last frame starts the next shot
    copyCurlRequested = Signal(object)       # Task whose request to copy as a curl command
    starClicked = Signal(object)             # Task whose star cell was clicked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("taskTable")
        self._source: TaskTableModel | None = None
        self._before_layout: Task | None = None
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        # Tab leaves the table (Qt's default walks it cell by cell, changing the clip that
        # plays at each row); the arrows, Home, End and the page keys move within it.
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)
        self.doubleClicked.connect(lambda index: self._emit_play(self._task_at(index)))
        self.clicked.connect(self._on_clicked)
        # A saved clip can be dragged out as the file itself (see TaskTableModel.mimeData).
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setIconSize(PREVIEW_SIZE)
        self.setToolTip(self.tr("Your videos. Right-click a row for more; Delete removes the "
                                "selected rows, S stars them."))
        self.setAccessibleName(self.tr("Your videos"))
        self.setAccessibleDescription(self.tr(
            "Up and down arrows choose a video, which then plays in the preview. Enter plays it "
            "from the start, Space pauses, the Menu key shows what else can be done. Shift or "
            "Ctrl with a click or an arrow selects several; S stars them, Delete removes them."))

    def setTaskModel(self, model: TaskTableModel) -> None:
        self._source = model
        old_selection = self.selectionModel()
        self.setModel(model)
        if old_selection is not None:
            old_selection.deleteLater()  # setModel leaves the old one to its owner
        self.selectionModel().currentRowChanged.connect(self._emit_current)
        model.taskChanged.connect(self._on_task_changed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.verticalHeader().setDefaultSectionSize(PREVIEW_SIZE.height() + 8)
        self._fit_columns()
        self.sortByColumn(Column.CREATED, Qt.SortOrder.DescendingOrder)
        model.rowsInserted.connect(self._select_new_row)
        model.layoutAboutToBeChanged.connect(self._remember_current)
        model.layoutChanged.connect(self._check_current)

    def keyPressEvent(self, event) -> None:
        """Enter plays the row and Space pauses it, as in the preview; the Menu key and
        Shift+F10 open its menu; Home and End go to the first and last row (rows are what is
        selected here, not cells)."""
        key, modifiers = event.key(), event.modifiers()
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self._emit_play(self.currentTask())
        elif key == Qt.Key.Key_Space and plain:
            self.playPauseRequested.emit()
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and plain and self.model() is not None:
            last = self.model().rowCount() - 1
            if last >= 0:
                self.selectRow(0 if key == Qt.Key.Key_Home else last)
        elif key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10
                                        and modifiers == Qt.KeyboardModifier.ShiftModifier):
            index = self.currentIndex()
            if index.isValid():
                self._show_menu(self.visualRect(index).center())
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        if self.model() is not None:
            share_width(self)

    def _emit_play(self, task: Task | None) -> None:
        if task is not None:
            self.playRequested.emit(task)

    def currentTask(self) -> Task | None:
        return self._task_at(self.currentIndex())

    def selectedTasks(self) -> list[Task]:
        """The selected rows' tasks, top to bottom."""
        if self._source is None or self.selectionModel() is None:
            return []
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [self._source.task(row) for row in rows]

    def _on_clicked(self, index: QModelIndex) -> None:
        task = self._task_at(index)
        if task is not None and index.column() == Column.STAR:
            self.starClicked.emit(task)

    def _task_at(self, index: QModelIndex) -> Task | None:
        if self._source is None or not index.isValid():
            return None
        return self._source.task(index.row())

    def _emit_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.currentTaskChanged.emit(self._task_at(current))

    def _remember_current(self) -> None:
        self._before_layout = self.currentTask()

    def _check_current(self) -> None:
        # A filter that hides the selected row takes the selection with it: Qt says nothing
        # of a current row lost in a new layout, so the details and preview are told here.
        if self._before_layout is not None and not self.currentIndex().isValid():
            self.currentTaskChanged.emit(None)
        self._before_layout = None

    def _on_task_changed(self, task: Task, fields: frozenset[str]) -> None:
        current = self.currentTask()
        if current is not None and current.local_id == task.local_id:
            self.currentTaskUpdated.emit(task, fields)

    def _select_new_row(self, _parent: QModelIndex, first: int, _last: int) -> None:
        """A task just submitted becomes the selected row, so its progress is in view."""
        if self._source is None or self._source.task(first).state is not TaskState.SUBMITTING:
            return
        self.selectRow(first)

    def _show_menu(self, pos) -> None:
        task = self._task_at(self.indexAt(pos))
        if task is not None:
            build_row_menu(self, task).popup(self.viewport().mapToGlobal(pos))

    def selectTask(self, local_id: str) -> bool:
        """Select a task's row (e.g. after a notification was clicked)."""
        row = None if self._source is None else self._source.row_of(local_id)
        if row is None:
            return False
        self.selectRow(row)
        return True
