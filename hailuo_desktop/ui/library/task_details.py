"""The panel beside the player: everything about the selected task as selectable plain text, and
the one action that helps when something went wrong."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain import messages
from ...domain.i18n import QT_TRANSLATE_NOOP
from ...domain.messages import Remedy
from ...domain.models import model_by_id
from ...domain.recovery import is_findable
from ...domain.support import support_info
from ...domain.task import DownloadState, Task, TaskState, state_label
from ..common.flow_layout import FlowLayout
from ..common.formatting import full_time

# As written here; translated where they are shown (self.tr).
REMEDY_BUTTONS = {
    Remedy.UPDATE_TOKEN: (QT_TRANSLATE_NOOP("TaskDetails", "Update token…"),
                          QT_TRANSLATE_NOOP("TaskDetails",
                                            "Open Settings to change your API token.")),
    Remedy.TOP_UP: (QT_TRANSLATE_NOOP("TaskDetails", "Top up…"),
                    QT_TRANSLATE_NOOP("TaskDetails",
                                      "Open the AceData Cloud console to add credits.")),
    Remedy.TRY_AGAIN: (QT_TRANSLATE_NOOP("TaskDetails", "Try again"),
                       QT_TRANSLATE_NOOP("TaskDetails", "Send the same request again. It uses "
                                                        "credits if it works.")),
    Remedy.OPEN_CONSOLE: (QT_TRANSLATE_NOOP("TaskDetails", "Open console…"),
                          QT_TRANSLATE_NOOP("TaskDetails", "See your tasks and what they cost "
                                                           "in the AceData Cloud console.")),
}
FIELDS = {  # the rows of the form, by the names `_values` fills in
    "prompt": QT_TRANSLATE_NOOP("TaskDetails", "Prompt:"),
    "model": QT_TRANSLATE_NOOP("TaskDetails", "Model:"),
    "first_frame": QT_TRANSLATE_NOOP("TaskDetails", "First frame:"),
    "continues": QT_TRANSLATE_NOOP("TaskDetails", "Continues:"),
    "cost": QT_TRANSLATE_NOOP("TaskDetails", "Cost:"),
    "service_said": QT_TRANSLATE_NOOP("TaskDetails", "Service said:"),
    "saved_as": QT_TRANSLATE_NOOP("TaskDetails", "Saved as:"),
    "on_disk": QT_TRANSLATE_NOOP("TaskDetails", "On disk:"),
    "task_id": QT_TRANSLATE_NOOP("TaskDetails", "Task id:"),
    "trace_id": QT_TRANSLATE_NOOP("TaskDetails", "Trace id:"),
    "started": QT_TRANSLATE_NOOP("TaskDetails", "Started:"),
}
TROUBLED = (TaskState.FAILED, TaskState.UNCONFIRMED, TaskState.STALE, TaskState.GONE)


def _plain_label(selectable: bool = True) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # prompts and server text are never markup
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _button(text: str, tip: str, name: str, handler: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setToolTip(tip)
    button.clicked.connect(handler)
    return button


# Narrower than this, each name goes above its value: beside it, a task id (which may break
# only where a hyphen comes before a letter) would be cut off on a 1024-pixel screen.
NARROW = 330


class TaskDetails(QWidget):
    reuseRequested = Signal(object)          # Task
    refreshRequested = Signal(str)           # local id
    lookForRequested = Signal(str)           # local id of an unconfirmed row
    remedyRequested = Signal(object, str)    # Task, Remedy value
    starRequested = Signal(list, bool)       # [local id], starred

    def __init__(self, app_version: Callable[[], str] = lambda: "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("taskDetails")
        self._app_version = app_version
        self._task: Task | None = None
        self._headline = _plain_label()
        self._headline.setObjectName("detailsHeadline")
        self._explanation = _plain_label()
        self._explanation.setObjectName("detailsExplanation")
        # What the session knows beyond the task (setContext): its cost, the clip it
        # continues, the service's status for support info.
        self._cost: Callable[[Task], str] | None = None
        self._origin: Callable[[str], str] | None = None
        self._status: Callable[[], str] | None = None
        self._fields = {name: _plain_label() for name in FIELDS}
        for label in self._fields.values():
            # A path or an id longer than the panel is as wide may not widen the panel: the
            # text wraps where it can and is clipped where it cannot (it stays selectable).
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label in self._fields.items():
            self._form.addRow(self.tr(FIELDS[name]), label)

        self._remedy = _button("", "", "remedyButton", self._emit_remedy)
        self._reuse = _button(self.tr("Use these settings again"),
                              self.tr("Put this prompt, model and first frame back in the "
                                      "form."),
                              "reuseButton", lambda: self._emit(self.reuseRequested))
        self._refresh = _button(self.tr("Check again"),
                                self.tr("Ask the service about this task again."),
                                "refreshButton",
                                lambda: self._task and self.refreshRequested.emit(
                                    self._task.local_id))
        self._look = _button(self.tr("Look again"),
                             self.tr("Ask the service whether it started this video. This "
                                     "sends nothing new and costs nothing."), "lookAgainButton",
                             lambda: self._task and self.lookForRequested.emit(
                                 self._task.local_id))
        self._star = _button("", "", "starButton", lambda: self._task and self.starRequested.emit(
            [self._task.local_id], not self._task.starred))
        self._support = _button(self.tr("Copy support info"),
                                self.tr("Copy what AceData support needs to find this task: "
                                        "ids, times and the error. Never your token or prompt."),
                                "supportInfoButton", self._copy_support_info)
        bar = QWidget()
        buttons = FlowLayout(bar)  # a narrow panel puts them on more rows, never cuts them
        for button in (self._remedy, self._look, self._star, self._reuse, self._refresh,
                       self._support):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._headline)
        layout.addWidget(self._explanation)
        layout.addLayout(self._form)
        layout.addWidget(bar)
        layout.addStretch(1)
        self.showTask(None)

    def resizeEvent(self, event) -> None:
        wanted = (QFormLayout.RowWrapPolicy.WrapAllRows if event.size().width() < NARROW
                  else QFormLayout.RowWrapPolicy.DontWrapRows)
        if self._form.rowWrapPolicy() != wanted:
            self._form.setRowWrapPolicy(wanted)
        super().resizeEvent(event)

    def showTask(self, task: Task | None) -> None:
        self._task = task
        self._reuse.setVisible(task is not None)
        self._support.setVisible(task is not None)
        # A keeper is a finished clip: troubled rows keep their one remedy in front.
        self._star.setVisible(task is not None and (task.state is TaskState.SUCCEEDED
                                                    or task.starred))
        if task is not None:
            self._star.setText(self.tr("★ Starred") if task.starred else self.tr("☆ Star"))
            self._star.setToolTip(self.tr("Starred: a keeper. Click (or S in the list) to take "
                                          "the star away.") if task.starred else
                                  self.tr("Star this video as a keeper (S in the list)."))
            self._star.setAccessibleName(self.tr("Starred") if task.starred else self.tr("Star"))
        self._refresh.setVisible(task is not None and task.state.can_check_again)
        self._look.setVisible(task is not None and is_findable(task))
        remedy = self._remedy_for(task)
        self._remedy.setVisible(remedy is not None)
        if remedy is not None:
            text, tip = REMEDY_BUTTONS[remedy]
            self._remedy.setText(self.tr(text))
            self._remedy.setToolTip(self.tr(tip))
        if task is None:
            self._headline.setText(self.tr("Select a video to see its details."))
            self._explanation.hide()
            for label in self._fields.values():
                self._form.setRowVisible(label, False)
            return
        troubled = task.state in TROUBLED
        self._reuse.setText(self.tr("Edit and try again") if troubled
                            else self.tr("Use these settings again"))
        self._headline.setText(state_label(task.state))
        explanation = messages.explain_task(task)
        self._explanation.setText(explanation or "")
        self._explanation.setVisible(bool(explanation))
        for name, value in self._values(task).items():
            label = self._fields[name]
            label.setText(value)
            self._form.setRowVisible(label, bool(value))

    def setContext(self, *, cost: Callable[[Task], str] | None = None,
                   origin: Callable[[str], str] | None = None,
                   status: Callable[[], str] | None = None) -> None:
        """How to read a task's cost, name the clip a task continues (by local id), and say
        the service's status; then the shown task is drawn again with them."""
        self._cost, self._origin, self._status = cost, origin, status
        self.showTask(self._task)

    def _values(self, task: Task) -> dict[str, str]:
        saved = task.file_path if task.download_state is DownloadState.SAVED else ""
        frame = task.request.first_image_url or ""
        if frame and task.first_frame_name:
            frame = self.tr("{name} (uploaded: {link})").format(name=task.first_frame_name,
                                                                 link=frame)
        continues = ""
        if task.continues_from:
            continues = self._origin(task.continues_from) if self._origin else ""
            continues = continues or self.tr("an earlier clip (no longer in the list)")
        return {
            "prompt": task.request.prompt,
            "model": model_by_id(task.request.model).label,
            "first_frame": frame,
            "continues": continues,
            "cost": self._cost(task) if self._cost else "",
            "service_said": task.error_message or "",
            "saved_as": saved or "",
            "on_disk": task.download_error or "",
            "task_id": task.task_id or "",
            "trace_id": task.trace_id or "",
            "started": full_time(task.created_at),
        }

    @staticmethod
    def _remedy_for(task: Task | None) -> Remedy | None:
        if task is None or task.state not in (TaskState.FAILED, TaskState.UNCONFIRMED):
            return None
        remedy = messages.explain(task.error_code).remedy
        return remedy if remedy in REMEDY_BUTTONS else None

    def _emit(self, signal) -> None:
        if self._task is not None:
            signal.emit(self._task)

    def _emit_remedy(self) -> None:
        remedy = self._remedy_for(self._task)
        if remedy is not None:
            self.remedyRequested.emit(self._task, remedy.value)

    def _copy_support_info(self) -> None:
        if self._task is not None:
            QGuiApplication.clipboard().setText(
                support_info(self._task, self._app_version(), qVersion(), time.time(),
                             self._status() if self._status else None))
