"""The panel under the table: everything about the selected task, as selectable plain text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.models import model_by_id
from ..domain.task import STATE_LABELS, Task, TaskState
from .formatting import local_time
from .task_table_model import explanation_for


def _plain_label(selectable: bool = True) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # prompts and server text are never markup
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class TaskDetails(QWidget):
    reuseRequested = Signal(object)   # Task
    refreshRequested = Signal(str)    # local id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("taskDetails")
        self._task: Task | None = None
        self._headline = _plain_label()
        self._headline.setObjectName("detailsHeadline")
        self._explanation = _plain_label()
        self._explanation.setObjectName("detailsExplanation")
        self._fields = {name: _plain_label() for name in
                        ("Prompt", "Model", "First frame", "Service said", "Task id",
                         "Trace id", "Started")}
        self._form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label in self._fields.items():
            form.addRow(f"{name}:", label)

        self._reuse = QPushButton("Use these settings again")
        self._reuse.setToolTip("Put this prompt, model and first frame back in the form.")
        self._reuse.clicked.connect(lambda: self._task and self.reuseRequested.emit(self._task))
        self._refresh = QPushButton("Check again")
        self._refresh.setToolTip("Ask the service about this task again.")
        self._refresh.clicked.connect(
            lambda: self._task and self.refreshRequested.emit(self._task.local_id))
        self._copy = QPushButton("Copy details")
        self._copy.setToolTip("Copy these details, e.g. for a support request. "
                              "Your token is never included.")
        self._copy.clicked.connect(self._copy_details)
        buttons = QHBoxLayout()
        buttons.addWidget(self._reuse)
        buttons.addWidget(self._refresh)
        buttons.addWidget(self._copy)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self._headline)
        layout.addWidget(self._explanation)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.showTask(None)

    def showTask(self, task: Task | None) -> None:
        self._task = task
        for widget in (self._reuse, self._copy):
            widget.setVisible(task is not None)
        self._refresh.setVisible(task is not None and task.state is TaskState.STALE)
        if task is None:
            self._headline.setText("Select a video to see its details.")
            self._explanation.hide()
            for label in self._fields.values():
                self._form.setRowVisible(label, False)
            return
        self._headline.setText(STATE_LABELS[task.state])
        explanation = explanation_for(task)
        self._explanation.setText(explanation or "")
        self._explanation.setVisible(bool(explanation))
        values = {
            "Prompt": task.request.prompt,
            "Model": model_by_id(task.request.model).label,
            "First frame": task.request.first_image_url or "",
            "Service said": task.error_message or "",
            "Task id": task.task_id or "",
            "Trace id": task.trace_id or "",
            "Started": local_time(task.created_at),
        }
        for name, label in self._fields.items():
            label.setText(values[name])
            self._form.setRowVisible(label, bool(values[name]))

    def _copy_details(self) -> None:
        if self._task is None:
            return
        lines = [f"Status: {STATE_LABELS[self._task.state]}"]
        if explanation := explanation_for(self._task):
            lines.append(explanation)
        lines += [f"{name}: {label.text()}" for name, label in self._fields.items()
                  if label.text()]
        if self._task.error_code:
            lines.append(f"Error code: {self._task.error_code}")
        QGuiApplication.clipboard().setText("\n".join(lines))
