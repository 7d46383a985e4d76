"""The gallery: the same videos as the table, on the same model and the same selection, as a
grid of poster stills. Double-click plays; clicking a tile's star stars it; hovering shows the
prompt."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from ...domain.task import Task
from .gallery_delegate import GalleryDelegate, star_rect
from .task_table_model import TASK_ROLE


class GalleryView(QListView):
    playRequested = Signal(object)   # Task
    starClicked = Signal(object)     # Task
    menuRequested = Signal(object, object)   # Task, global position

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("galleryView")
        self.setAccessibleName(self.tr("Your videos, as a gallery"))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSpacing(4)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(True)   # the hover highlight
        self.setItemDelegate(GalleryDelegate(self))
        # A saved clip can be dragged out as the file itself, as from the table.
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_menu)
        self.doubleClicked.connect(self._on_double_click)

    def sizeHint(self) -> QSize:
        return QSize(560, 320)

    def _task_at(self, index: QModelIndex) -> Task | None:
        return index.data(TASK_ROLE) if index.isValid() else None

    def _on_double_click(self, index: QModelIndex) -> None:
        task = self._task_at(index)
        if task is not None:
            self.playRequested.emit(task)

    def _on_menu(self, pos) -> None:
        task = self._task_at(self.indexAt(pos))
        if task is not None:
            self.menuRequested.emit(task, self.viewport().mapToGlobal(pos))

    def mouseReleaseEvent(self, event) -> None:
        index = self.indexAt(event.position().toPoint())
        on_star = (event.button() == Qt.MouseButton.LeftButton and index.isValid()
                   and star_rect(self.visualRect(index)).contains(event.position().toPoint()))
        super().mouseReleaseEvent(event)
        if on_star:
            self.starClicked.emit(self._task_at(index))
