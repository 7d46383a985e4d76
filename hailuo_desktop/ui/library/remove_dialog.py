"""Asking before videos leave the list: how many, what happens to a task still running at the
service (it keeps running and may still be charged), and whether saved files go to the trash.
Never exec(): the dialog opens, and its answer arrives as a call."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from ...domain.i18n import Context
from ...domain.task import Task, TaskState
from ..common.formatting import one_line
from .cells import saved_file

RemoveDialog = Context("RemoveDialog")


def _question(tasks: list[Task]) -> str:
    if len(tasks) == 1:
        return RemoveDialog.tr("Remove “{prompt}” from the list?").format(
            prompt=one_line(tasks[0].request.prompt, 80))
    return RemoveDialog.tr("Remove %n video(s) from the list?", "", len(tasks))


def _consequences(tasks: list[Task]) -> list[str]:
    running = sum(t.state.is_running or t.state is TaskState.STALE for t in tasks)
    unconfirmed = sum(t.state is TaskState.UNCONFIRMED for t in tasks)
    lines = []
    if running:
        lines.append(RemoveDialog.tr(
            "%n video(s) still being made at the service will keep running there and may "
            "still be charged. The app stops following them, so a clip that finishes is not "
            "saved.", "", running))
    if unconfirmed:
        lines.append(RemoveDialog.tr(
            "%n video(s) may have started at the service and been charged; the app stops "
            "looking for them.", "", unconfirmed))
    lines.append(RemoveDialog.tr("Undo (Ctrl+Z) brings back what you remove."))
    return lines


def confirm_removal(parent: QWidget, tasks: list[Task],
                    on_remove: Callable[[list[str], bool], None]) -> QMessageBox:
    """Ask, then call `on_remove(local ids, move saved files to the trash)` on "Remove"."""
    box = QMessageBox(parent)
    box.setObjectName("removeDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowTitle(RemoveDialog.tr("Remove from list"))
    box.setTextFormat(Qt.TextFormat.PlainText)   # a prompt is never markup
    box.setText(_question(tasks))
    lines = _consequences(tasks)
    box.setInformativeText("\n\n".join(lines))
    troubled = len(lines) > 1
    box.setIcon(QMessageBox.Icon.Warning if troubled else QMessageBox.Icon.Question)
    saved = sum(bool(saved_file(t)) for t in tasks)
    trash = None
    if saved:
        trash = QCheckBox(RemoveDialog.tr("Also move the saved video file(s) and their .json to "
                                          "the system trash", "", saved))
        trash.setObjectName("trashFilesCheck")
        box.setCheckBox(trash)
    remove = box.addButton(RemoveDialog.tr("Stop following and remove") if troubled
                           else RemoveDialog.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
    remove.setObjectName("confirmRemoveButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("cancelRemoveButton")
    # With a running task at stake, Enter must not be the way to agree.
    box.setDefaultButton(cancel if troubled else remove)
    box.setEscapeButton(cancel)
    ids = [t.local_id for t in tasks]
    box.buttonClicked.connect(
        lambda button: button is remove and on_remove(ids, bool(trash and trash.isChecked())))
    box.open()
    return box
