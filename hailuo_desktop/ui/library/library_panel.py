"""The library: the search box and filters, the table or the gallery (one model, one selection),
what to do with the selected videos (star, remove, compare, select all takes), Undo, and a
sentence with "Clear filters" when nothing matches.

It only asks; the app carries the requests to the session (`LibraryActions`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.chains import window_around
from ...domain.task import Task, TaskState
from ...services.synced_players import SyncedPlayers
from ..compare.choice import COMPARE_WINDOW, MOST, comparable
from .cells import take_text
from .filter_bar import LibraryFilters
from .gallery_view import GalleryView
from .remove_dialog import confirm_removal
from .row_menu import build_row_menu
from .task_table import TaskTable
from .task_table_model import TaskTableModel

VIEW_TABLE, VIEW_GALLERY = "table", "gallery"
# A switch that is on must look on in either scheme: Fusion's sunken look barely shows in dark.
_STYLE = """
QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);
                      border: 1px solid palette(highlight); border-radius: 3px; }
"""


def _action(parent: QWidget, name: str, text: str, handler, shortcut=None,
            context=Qt.ShortcutContext.WidgetShortcut) -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(context)
    action.triggered.connect(handler)
    return action


class LibraryPanel(QWidget):
    removeRequested = Signal(list, bool)   # local ids, move their saved files to the trash
    starRequested = Signal(list, bool)     # local ids, starred
    undoRequested = Signal()
    viewModeChanged = Signal(str)          # VIEW_TABLE or VIEW_GALLERY
    statusMessage = Signal(str)

    def __init__(self, table: TaskTable, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self.setStyleSheet(_STYLE)
        self.table = table
        self.gallery = GalleryView()
        self.filters = LibraryFilters(self)
        self._model: TaskTableModel | None = None
        self._players: Callable[[], SyncedPlayers] | None = None
        self._build_actions()
        self._layout_parts()
        self.filters.changed.connect(self._apply_filter)
        self.filters.searchEdit.installEventFilter(self)
        table.starClicked.connect(lambda task: self.starRequested.emit(
            [task.local_id], not task.starred))
        self.gallery.starClicked.connect(table.starClicked)
        self.gallery.playRequested.connect(table.playRequested)
        self.gallery.menuRequested.connect(
            lambda task, where: build_row_menu(table, task).popup(where))
        self.setViewMode(VIEW_TABLE)
        self._update_actions()

    # --- parts ---------------------------------------------------------------------------
    def _build_actions(self) -> None:
        window = Qt.ShortcutContext.WindowShortcut
        self.findAction = _action(self, "findAction", self.tr("Find videos"), self.focusSearch,
                                  QKeySequence.StandardKey.Find, window)
        self.undoRemoveAction = _action(self, "undoRemoveAction", self.tr("Undo removal"),
                                        self.undoRequested.emit,
                                        QKeySequence.StandardKey.Undo, window)
        self.undoRemoveAction.setEnabled(False)
        self.removeFailedAction = _action(self, "removeFailedAction",
                                          self.tr("Remove all failed…"), self.removeAllFailed)
        self.addActions([self.findAction, self.undoRemoveAction])
        # On the views: their keys work where the selection is, and the row menu lists them.
        self.starAction = _action(self, "starAction", self.tr("Star"), self.toggleStar, "S")
        self.removeAction = _action(self, "removeAction", self.tr("Remove from list…"),
                                    self.removeSelected, QKeySequence.StandardKey.Delete)
        self.compareAction = _action(self, "compareAction", self.tr("Compare"), self.compare)
        self.selectTakesAction = _action(self, "selectTakesAction",
                                         self.tr("Select all takes of this shot"),
                                         self.selectTakes)
        shared = [self.starAction, self.removeAction, self.compareAction,
                  self.selectTakesAction, self.removeFailedAction]
        for view in (self.table, self.gallery):
            view.addActions(shared)

    def _layout_parts(self) -> None:
        title = QLabel(self.tr("Your videos"))
        title.setObjectName("sectionLabel")
        self.tableViewButton = self._view_button("tableViewButton", self.tr("List"),
                                                 self.tr("Show your videos as a list"))
        self.galleryViewButton = self._view_button("galleryViewButton", self.tr("Gallery"),
                                                   self.tr("Show your videos as a gallery of "
                                                           "stills"))
        group = QButtonGroup(self)
        group.setExclusive(True)
        for button in (self.tableViewButton, self.galleryViewButton):
            group.addButton(button)
        self.tableViewButton.clicked.connect(lambda: self._choose_view(VIEW_TABLE))
        self.galleryViewButton.clicked.connect(lambda: self._choose_view(VIEW_GALLERY))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.filters.searchEdit, 1)
        top.addWidget(self.tableViewButton)
        top.addWidget(self.galleryViewButton)

        self.compareButton = QPushButton(self.tr("Compare"))
        self.compareButton.setObjectName("compareButton")
        self.compareButton.setAccessibleDescription(self.tr(
            "Play the selected finished videos side by side, the takes of the selected shot, "
            "or the shots of a sequence made from each other's frames, in order."))
        self.compareButton.clicked.connect(self.compare)
        second = QHBoxLayout()
        for widget in self.filters.widgets():
            second.addWidget(widget)
        second.addStretch(1)
        second.addWidget(self.compareButton)

        self.emptyLabel = QLabel()
        self.emptyLabel.setObjectName("emptyFilterLabel")
        self.emptyLabel.setTextFormat(Qt.TextFormat.PlainText)   # search text is never markup
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clearFiltersButton = QPushButton(self.tr("Clear filters"))
        self.clearFiltersButton.setObjectName("clearFiltersButton")
        self.clearFiltersButton.clicked.connect(self.filters.clear)
        empty = QWidget()
        column = QVBoxLayout(empty)
        column.addStretch(1)
        column.addWidget(self.emptyLabel)
        column.addWidget(self.clearFiltersButton, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        self._stack = QStackedWidget()
        for page in (self.table, self.gallery, empty):
            self._stack.addWidget(page)
        self._empty_page = empty

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self._stack, 1)

    @staticmethod
    def _view_button(name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setCheckable(True)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        return button

    # --- what the app shows --------------------------------------------------------------
    def setPlayers(self, make: Callable[[], SyncedPlayers]) -> None:
        """How a compare window gets its players."""
        self._players = make

    def setTaskModel(self, model: TaskTableModel) -> None:
        """After the table got the model: the gallery shares it and the table's selection."""
        self.closeCompares()
        self._model = model
        self.gallery.setModel(model)
        own = self.gallery.selectionModel()
        shared = self.table.selectionModel()
        self.gallery.setSelectionModel(shared)
        if own is not shared:
            own.deleteLater()
        shared.selectionChanged.connect(self._update_actions)
        shared.currentRowChanged.connect(self._update_actions)
        model.shownChanged.connect(self._show_or_explain)
        model.shownChanged.connect(self._update_actions)
        model.taskChanged.connect(self._update_actions)
        model.setLibraryFilter(self.filters.value())
        self._show_or_explain()

    def setViewMode(self, mode: str) -> None:
        """Table or gallery (anything else: the table)."""
        self._mode = VIEW_GALLERY if mode == VIEW_GALLERY else VIEW_TABLE
        self.tableViewButton.setChecked(self._mode == VIEW_TABLE)
        self.galleryViewButton.setChecked(self._mode == VIEW_GALLERY)
        self._show_or_explain()

    def viewMode(self) -> str:
        return self._mode

    def currentView(self) -> TaskTable | GalleryView:
        return self.gallery if self._mode == VIEW_GALLERY else self.table

    def setUndoAvailable(self, available: bool) -> None:
        self.undoRemoveAction.setEnabled(available)

    def showRemoved(self, count: int, trashed: int) -> None:
        if trashed:
            text = self.tr("Removed %n video(s) from the list; {files} moved to the system "
                           "trash. Press Ctrl+Z to bring them back.", "", count).format(
                               files=self.tr("%n file(s)", "", trashed))
        else:
            text = self.tr("Removed %n video(s) from the list. Press Ctrl+Z to bring them "
                           "back.", "", count)
        self.statusMessage.emit(text)

    def showRestored(self, local_ids: list[str]) -> None:
        """Undo brought these back: select them, so they are easy to find."""
        if self._model is None:
            return
        rows = [r for r in map(self._model.row_of, local_ids) if r is not None]
        self._select_rows(rows)
        self.statusMessage.emit(self.tr("Brought back %n video(s).", "", len(local_ids)))

    # --- commands ------------------------------------------------------------------------
    def focusSearch(self) -> None:
        self.filters.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.searchEdit.selectAll()

    def selectedTasks(self) -> list[Task]:
        return self.table.selectedTasks()

    def toggleStar(self) -> None:
        tasks = self.selectedTasks()
        if tasks:
            self.starRequested.emit([t.local_id for t in tasks],
                                    not all(t.starred for t in tasks))

    def removeSelected(self) -> None:
        tasks = self.selectedTasks()
        if tasks:
            confirm_removal(self, tasks, self.removeRequested.emit)

    def removeAllFailed(self) -> None:
        failed = self._failed()
        if failed:
            confirm_removal(self, failed, self.removeRequested.emit)

    def compare(self) -> None:
        tasks, leads = self._to_compare()
        if not tasks or self._model is None or self._players is None:
            return
        from ..compare.compare_window import CompareWindow  # loaded when first wanted

        window = CompareWindow(self._players(), tasks, leads, self.window())
        window.starRequested.connect(self.starRequested)
        self._model.taskChanged.connect(window.updateTask)
        window.resize(window.sizeHint())
        window.show()

    def closeCompares(self) -> None:
        """Close the compare windows (the session they show is ending)."""
        for window in self.window().findChildren(QWidget, COMPARE_WINDOW):
            window.close()

    def selectTakes(self) -> None:
        task = self.table.currentTask()
        if task is None or self._model is None or task.group_id is None:
            return
        rows = [self._model.row_of(t.local_id) for t in self._model.takes_of(task)]
        self._select_rows([r for r in rows if r is not None], keep_current=True)

    # --- internals -----------------------------------------------------------------------
    def _choose_view(self, mode: str) -> None:
        self.setViewMode(mode)
        self.viewModeChanged.emit(self._mode)

    def _apply_filter(self, choice) -> None:
        if self._model is not None:
            self._model.setLibraryFilter(choice)

    def _show_or_explain(self) -> None:
        model = self._model
        explain = (model is not None and model.rowCount() == 0
                   and not model.libraryFilter().is_empty)
        if explain:
            self.emptyLabel.setText(self.filters.describe(model.libraryFilter()))
            self._stack.setCurrentWidget(self._empty_page)
            return
        view = self.currentView()
        if self._stack.currentWidget() is not view:
            had_focus = self._stack.currentWidget().hasFocus()
            current = self.table.currentIndex()
            if view is self.gallery and current.isValid() and model is not None:
                # The gallery shows the first column: its cursor must be there to move.
                self.table.selectionModel().setCurrentIndex(
                    model.index(current.row(), 0), QItemSelectionModel.SelectionFlag.NoUpdate)
            self._stack.setCurrentWidget(view)
            if had_focus:
                view.setFocus()
            if current.isValid():
                view.scrollTo(view.currentIndex())

    def _failed(self) -> list[Task]:
        if self._model is None:
            return []
        return [t for t in self._model.allTasks() if t.state is TaskState.FAILED]

    def _to_compare(self) -> tuple[list[Task], list[str]]:
        """What Compare plays, with the words each caption starts with: the selected finished
        clips (2–4); else the takes of the current row's shot; else the shots of the
        sequence it is in (continued from a frame), in order."""
        chosen = [t for t in self.selectedTasks() if comparable(t)]
        model = self._model
        if 2 <= len(chosen) <= MOST and len(chosen) == len(self.selectedTasks()):
            return chosen, [take_text(model.takes.position(t)) if model else "" for t in chosen]
        current = self.table.currentTask()
        if current is None or model is None:
            return [], []
        if current.group_id is not None:
            takes = [t for t in model.takes_of(current) if comparable(t)]
            if 2 <= len(takes) <= MOST:
                return takes, [take_text(model.takes.position(t)) for t in takes]
        chain = [t for t in model.chain_of(current) if comparable(t)]
        if len(chain) < 2 or current not in chain:
            return [], []
        shown = window_around(chain, current, MOST)
        return shown, [self.tr("Shot {number} of {count}").format(
            number=chain.index(t) + 1, count=len(chain)) for t in shown]

    def _select_rows(self, rows: list[int], keep_current: bool = False) -> None:
        if not rows or self._model is None:
            return
        selection = QItemSelection()
        last = self._model.columnCount() - 1
        for row in rows:
            selection.select(self._model.index(row, 0), self._model.index(row, last))
        model = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        model.select(selection, flags.ClearAndSelect | flags.Rows)
        if not keep_current:
            model.setCurrentIndex(self._model.index(min(rows), 0), flags.NoUpdate)
        self.currentView().scrollTo(self._model.index(min(rows), 0))

    def _update_actions(self, *_args) -> None:
        tasks = self.selectedTasks()
        count = len(tasks)
        self.starAction.setEnabled(count > 0)
        self.starAction.setText(self.tr("Remove star") if tasks and all(t.starred for t in tasks)
                                else self.tr("Star"))
        self.removeAction.setEnabled(count > 0)
        self.removeAction.setText(self.tr("Remove %n video(s) from list…", "", count))
        compare, _ = self._to_compare()
        self.compareAction.setEnabled(bool(compare))
        self.compareButton.setEnabled(bool(compare))
        label = self.tr("Compare (%n)", "", len(compare)) if compare else self.tr("Compare")
        self.compareAction.setText(label)
        self.compareButton.setText(label)
        self.compareButton.setToolTip(
            self.tr("Play these clips side by side, in step.") if compare else
            self.tr("Select two to four finished videos, one take of a shot, or one shot of "
                    "a sequence, to compare them side by side."))
        current = self.table.currentTask()
        self.selectTakesAction.setVisible(current is not None and current.group_id is not None)
        failed = self._model.failedCount() if self._model is not None else 0
        self.removeFailedAction.setEnabled(failed > 0)
        self.removeFailedAction.setText(self.tr("Remove all %n failed…", "", failed))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the search box goes on to the results, as in a browser's find.
        if (watched is self.filters.searchEdit and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self._model is not None
                and self._model.rowCount()):
            view = self.currentView()
            view.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.table.selectionModel().hasSelection():
                self._select_rows([0])
            return True
        return super().eventFilter(watched, event)
