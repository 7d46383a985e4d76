"""The context menu of a task row: what can be done with this take."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu

from ...domain.i18n import Context
from ...domain.recovery import is_findable
from ...domain.task import DownloadState, Task, TaskState

if TYPE_CHECKING:
    from .task_table import TaskTable


RowMenu = Context("RowMenu")


def _save_label(state: DownloadState) -> str:
    if state is DownloadState.NONE:
        return RowMenu.tr("Save to library")
    if state is DownloadState.MISSING:
        return RowMenu.tr("Save again")
    return RowMenu.tr("Try saving again")


def _add(menu: QMenu, text: str, handler, enabled: bool = True, name: str = "") -> QAction:
    action = QAction(text, menu)
    action.setObjectName(name)
    action.setEnabled(enabled)
    action.triggered.connect(handler)
    menu.addAction(action)
    return action


def _copy(text: str | None):
    return lambda: QGuiApplication.clipboard().setText(text or "")


def build_row_menu(table: TaskTable, task: Task) -> QMenu:
    """The menu for `task`'s row, ending with the actions the library put on the table for the
    selected rows (star, remove, compare…)."""
    menu = QMenu(table)
    saved = task.download_state is DownloadState.SAVED and bool(task.file_path)
    done = task.state is TaskState.SUCCEEDED
    _add(menu, RowMenu.tr("Play"), lambda: table.playRequested.emit(task), done, "playAction")
    _add(menu, RowMenu.tr("Save a copy as…"), lambda: table.saveCopyRequested.emit(task),
         saved, "saveCopyAction")
    _add(menu, RowMenu.tr("Reveal in folder"), lambda: table.revealRequested.emit(task), saved,
         "revealAction")
    if done and task.download_state is DownloadState.RETRYING:
        _add(menu, RowMenu.tr("Try saving now"), lambda: table.saveToLibraryRequested.emit(task),
             name="saveToLibraryAction")
    if done and task.download_state.is_pending:
        _add(menu, RowMenu.tr("Stop saving"),
             lambda: table.cancelDownloadRequested.emit(task.local_id),
             name="cancelDownloadAction")
    elif done and not saved:
        _add(menu, _save_label(task.download_state),
             lambda: table.saveToLibraryRequested.emit(task), name="saveToLibraryAction")
    menu.addSeparator()
    _add(menu, RowMenu.tr("Use these settings again"), lambda: table.reuseRequested.emit(task),
         name="reuseAction")
    _add(menu, RowMenu.tr("Continue from last frame"),
         lambda: table.continueRequested.emit(task), saved, "continueAction")
    if task.state.can_check_again:
        _add(menu, RowMenu.tr("Check again"), lambda: table.refreshRequested.emit(task.local_id),
             name="refreshAction")
    if is_findable(task):
        _add(menu, RowMenu.tr("Look for it at the service"), lambda: table.lookForRequested.emit(
            task.local_id), name="lookForAction")
    menu.addSeparator()
    _add(menu, RowMenu.tr("Copy video link"), _copy(task.video_url), bool(task.video_url),
         "copyLinkAction")
    _add(menu, RowMenu.tr("Copy task id"), _copy(task.task_id), bool(task.task_id),
         "copyTaskIdAction")
    _add(menu, RowMenu.tr("Copy trace id"), _copy(task.trace_id), bool(task.trace_id),
         "copyTraceIdAction")
    _add(menu, RowMenu.tr("Copy prompt"), _copy(task.request.prompt), name="copyPromptAction")
    _add(menu, RowMenu.tr("Copy as curl"), lambda: table.copyCurlRequested.emit(task),
         name="copyCurlAction")
    shared = [action for action in table.actions() if action.isVisible()]
    if shared:
        menu.addSeparator()
        menu.addActions(shared)
    return menu
