"""The main window only composes: banners, the form, the task table and its details."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..domain.task import Task, TaskState
from ..services.task_service import TaskService
from .banner import Banner
from .generate_form import GenerateForm
from .task_details import TaskDetails
from .task_table import TaskTable
from .task_table_model import TaskTableModel

DEMO_TEXT = ("DEMO — videos come from the built-in simulator: no account, no credits, "
             "and the clips are test patterns.")
NO_TOKEN_TEXT = ("No AceData Cloud API token is set, so videos can't be made yet. "
                 "Try the demo, or add your token.")


def summarize(tasks: list[Task]) -> str:
    if not tasks:
        return "No videos yet"
    groups = {
        "done": (TaskState.SUCCEEDED,),
        "running": (TaskState.SUBMITTING, TaskState.PENDING, TaskState.PROCESSING),
        "failed": (TaskState.FAILED,),
        "unconfirmed": (TaskState.UNCONFIRMED,),
        "to check later": (TaskState.STALE,),
    }
    parts = [f"{len(tasks)} video{'s' if len(tasks) != 1 else ''}"]
    for word, states in groups.items():
        count = sum(t.state in states for t in tasks)
        if count:
            parts.append(f"{count} {word}")
    return " · ".join(parts)


class MainWindow(QMainWindow):
    # The user asked to close: the app finishes its work, then calls `closeNow()`.
    closeRequested = Signal()
    demoRequested = Signal()
    tokenRequested = Signal()
    # Everything is shut down (tasks finished, client closed) and the window is closed.
    shutdownFinished = Signal()

    def __init__(self, form: GenerateForm, demo: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Hailuo Desktop — DEMO" if demo else "Hailuo Desktop")
        self._may_close = False
        self._service: TaskService | None = None

        self.form = form
        self.table = TaskTable()
        self.details = TaskDetails()
        self.demoBanner = Banner("demo", DEMO_TEXT)
        self.demoBanner.setVisible(demo)
        self.tokenBanner = Banner("warning", NO_TOKEN_TEXT)
        self.tokenBanner.addButton("Try the demo", self.demoRequested.emit, "tryDemoButton")
        self.tokenBanner.addButton("Add token…", self.tokenRequested.emit, "addTokenButton")
        self.tokenBanner.hide()

        tasks_title = QLabel("Your videos")
        tasks_title.setObjectName("sectionLabel")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(tasks_title)
        right_layout.addWidget(self.table, 3)
        right_layout.addWidget(self.details, 0)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.form)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 820])
        splitter.setChildrenCollapsible(False)
        self.form.setMinimumWidth(320)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.demoBanner)
        layout.addWidget(self.tokenBanner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self._poll_status = QLabel()
        self._poll_status.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self._poll_status, 1)
        self._summary = QLabel()
        self._summary.setObjectName("taskSummary")
        self.statusBar().addPermanentWidget(self._summary)
        self._build_menu()

        self.table.currentTaskChanged.connect(self.details.showTask)
        self.table.reuseRequested.connect(self.form.fill)
        self.details.reuseRequested.connect(self.form.fill)

    def sizeHint(self) -> QSize:
        return QSize(1200, 760)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.form.promptEdit.hasFocus() and self.focusWidget() is None:
            self.form.promptEdit.setFocus()  # a new user can start typing at once

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    # --- wiring by the app -------------------------------------------------------------
    def bindService(self, service: TaskService) -> None:
        """Show a (new) session's tasks; the old table model goes with the old session."""
        if self._service is not None:
            self._service.submittingChanged.disconnect(self.form.setBusy)
            self._service.pollStatusChanged.disconnect(self._poll_status.setText)
            self._service.taskInserted.disconnect(self._update_summary)
            self._service.taskUpdated.disconnect(self._update_summary)
            self.table.refreshRequested.disconnect(self._service.refresh)
            self.details.refreshRequested.disconnect(self._service.refresh)
        self._service = service
        old_model = self.table.model().sourceModel()
        self.table.setTaskModel(TaskTableModel(service, self))
        if old_model is not None:
            old_model.deleteLater()
        service.submittingChanged.connect(self.form.setBusy)
        service.pollStatusChanged.connect(self._poll_status.setText)
        service.taskInserted.connect(self._update_summary)
        service.taskUpdated.connect(self._update_summary)
        self.table.refreshRequested.connect(service.refresh)
        self.details.refreshRequested.connect(service.refresh)
        self.details.showTask(None)
        self._poll_status.clear()
        self._update_summary()

    def _update_summary(self) -> None:
        """"5 videos · 2 done · 1 running · 1 failed" at the right of the status bar."""
        tasks = self._service.tasks() if self._service else []
        self._summary.setText(summarize(tasks))

    def showNoToken(self, missing: bool) -> None:
        self.tokenBanner.setVisible(missing)
        self.form.setBlocked(
            "Add your AceData Cloud token or try the demo first." if missing else None)

    def setDemo(self, demo: bool) -> None:
        self.demoBanner.setVisible(demo)
        self.setWindowTitle("Hailuo Desktop — DEMO" if demo else "Hailuo Desktop")

    def showStatus(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # --- closing -------------------------------------------------------------------------
    def closeNow(self) -> None:
        self._may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            self.form.shutdown()
            event.accept()
            return
        # Shutting down is async (a submission may still be recording its answer).
        event.ignore()
        self.setEnabled(False)
        self.statusBar().showMessage("Closing…")
        self.closeRequested.emit()
