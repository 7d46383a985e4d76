"""The context menu of a task row: what can be done with this take."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu

from ...domain.recovery import is_findable
from ...domain.task import DownloadState, Task, TaskState

if TYPE_CHECKING:
    from .task_table import TaskTable


SAVE_LABELS = {DownloadState.NONE: "Save to library", DownloadState.MISSING: "Save again"}


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
    _add(menu, "Play", lambda: table.playRequested.emit(task), done, "playAction")
    _add(menu, "Save a copy as…", lambda: table.saveCopyRequested.emit(task), saved,
         "saveCopyAction")
    _add(menu, "Reveal in folder", lambda: table.revealRequested.emit(task), saved,
         "revealAction")
    if done and task.download_state is DownloadState.RETRYING:
        _add(menu, "Try saving now", lambda: table.saveToLibraryRequested.emit(task),
             name="saveToLibraryAction")
    if done and task.download_state.is_pending:
        _add(menu, "Stop saving", lambda: table.cancelDownloadRequested.emit(task.local_id),
             name="cancelDownloadAction")
    elif done and not saved:
        _add(menu, SAVE_LABELS.get(task.download_state, "Try saving again"),
             lambda: table.saveToLibraryRequested.emit(task), name="saveToLibraryAction")
    menu.addSeparator()
    _add(menu, "Use these settings again", lambda: table.reuseRequested.emit(task),
         name="reuseAction")
    _add(menu, "Continue from last frame", lambda: table.continueRequested.emit(task), saved,
         "continueAction")
    if task.state.can_check_again:
        _add(menu, "Check again", lambda: table.refreshRequested.emit(task.local_id),
             name="refreshAction")
    if is_findable(task):
        _add(menu, "Look for it at the service", lambda: table.lookForRequested.emit(
            task.local_id), name="lookForAction")
    menu.addSeparator()
    _add(menu, "Copy video link", _copy(task.video_url), bool(task.video_url), "copyLinkAction")
    _add(menu, "Copy task id", _copy(task.task_id), bool(task.task_id), "copyTaskIdAction")
    _add(menu, "Copy trace id", _copy(task.trace_id), bool(task.trace_id), "copyTraceIdAction")
    _add(menu, "Copy prompt", _copy(task.request.prompt), name="copyPromptAction")
    _add(menu, "Copy as curl", lambda: table.copyCurlRequested.emit(task), name="copyCurlAction")
    shared = [action for action in table.actions() if action.isVisible()]
    if shared:
        menu.addSeparator()
        menu.addActions(shared)
    return menu
