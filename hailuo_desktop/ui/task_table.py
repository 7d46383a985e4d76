"""The task table: sorted newest first, with the actions a row offers in its context menu."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from ..domain.task import Task, TaskState
from .task_table_model import SORT_ROLE, Column, TaskTableModel


class TaskTable(QTableView):
    currentTaskChanged = Signal(object)  # Task | None
    reuseRequested = Signal(object)      # Task
    refreshRequested = Signal(str)       # local id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("taskTable")
        self._source: TaskTableModel | None = None
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSortRole(SORT_ROLE)
        self.setModel(self._proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.verticalHeader().hide()
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)
        self.selectionModel().currentRowChanged.connect(self._emit_current)
        self.setToolTip("Your videos. Right-click a row for more.")
        self._proxy.dataChanged.connect(self._on_data_changed)

    def setTaskModel(self, model: TaskTableModel) -> None:
        self._source = model
        self._proxy.setSourceModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.PROMPT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(Column.STATE, 170)
        header.resizeSection(Column.MODEL, 190)
        header.resizeSection(Column.ELAPSED, 70)
        header.resizeSection(Column.CREATED, 110)
        self.sortByColumn(Column.CREATED, Qt.SortOrder.DescendingOrder)
        model.rowsInserted.connect(self._select_new_row)

    def currentTask(self) -> Task | None:
        return self._task_at(self.currentIndex())

    def _task_at(self, index: QModelIndex) -> Task | None:
        if self._source is None or not index.isValid():
            return None
        return self._source.task(self._proxy.mapToSource(index).row())

    def _emit_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.currentTaskChanged.emit(self._task_at(current))

    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        current = self.currentIndex()
        if current.isValid() and top_left.row() <= current.row() <= bottom_right.row():
            self.currentTaskChanged.emit(self._task_at(current))

    def _select_new_row(self, _parent: QModelIndex, first: int, _last: int) -> None:
        """A task just submitted becomes the selected row, so its progress is in view."""
        if self._source is None or self._source.task(first).state is not TaskState.SUBMITTING:
            return
        self.selectRow(self._proxy.mapFromSource(self._source.index(first, 0)).row())

    def _show_menu(self, pos) -> None:
        task = self._task_at(self.indexAt(pos))
        if task is None:
            return
        menu = QMenu(self)
        reuse = QAction("Use these settings again", menu)
        reuse.triggered.connect(lambda: self.reuseRequested.emit(task))
        menu.addAction(reuse)
        if task.state is TaskState.STALE:
            refresh = QAction("Check again", menu)
            refresh.triggered.connect(lambda: self.refreshRequested.emit(task.local_id))
            menu.addAction(refresh)
        menu.addSeparator()
        for label, value in (("Copy task id", task.task_id), ("Copy trace id", task.trace_id),
                             ("Copy video link", task.video_url),
                             ("Copy prompt", task.request.prompt)):
            action = QAction(label, menu)
            action.setEnabled(bool(value))
            action.triggered.connect(
                lambda _=False, v=value: QGuiApplication.clipboard().setText(v))
            menu.addAction(action)
        menu.popup(self.viewport().mapToGlobal(pos))
