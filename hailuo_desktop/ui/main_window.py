"""The main window only composes: banners, the form, the task table, the player and details."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..domain.messages import Remedy
from ..domain.task import Task
from ..domain.tracking import Tracking, TrackingStatus
from ..services.clip_keeper import ClipKeeper
from ..services.task_service import TaskService
from ..storage import paths
from .common.banner import Banner
from .common.formatting import summarize
from .common.tracking_label import TrackingLabel
from .compose.generate_form import GenerateForm
from .dialogs.about_dialog import CONSOLE_URL, AboutDialog, app_version
from .library.task_details import TaskDetails
from .library.task_table import TaskTable
from .library.task_table_model import TaskTableModel
from .player.clip_preview import ClipPreview
from .player.player_panel import PlayerPanel

DEMO_TEXT = ("DEMO — videos come from the built-in simulator: no account, no credits, "
             "and the clips are test patterns.")
OFFLINE_TEXT = ("You seem to be offline: the service can't be reached. Your videos are safe; "
                "checking resumes by itself when the connection is back.")
NO_TOKEN_TEXT = ("No AceData Cloud API token is set, so videos can't be made yet. "
                 "Try the demo, or add your token.")


def _titled(title: str, widget: QWidget) -> QWidget:
    label = QLabel(title)
    label.setObjectName("sectionLabel")
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 0)
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box


class MainWindow(QMainWindow):
    # The user asked to close: the app finishes its work, then calls `closeNow()`.
    closeRequested = Signal()
    demoRequested = Signal()
    tokenRequested = Signal()
    settingsRequested = Signal()
    # Everything is shut down (tasks finished, client closed) and the window is closed.
    shutdownFinished = Signal()
    copyRequested = Signal(object, str)  # Task, destination path chosen by the user
    retryRequested = Signal(object)      # Task whose request the user sends again

    def __init__(self, form: GenerateForm, demo: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._may_close = False
        self._service: TaskService | None = None
        self._keeper: ClipKeeper | None = None
        self._session_links: list[tuple] = []  # (signal, slot) pairs of the current session

        self.form = form
        self.table = TaskTable()
        self.details = TaskDetails(app_version())
        self.player = PlayerPanel()
        self.preview = ClipPreview(self.player, self._now, self)
        self.demoBanner = Banner("demo", DEMO_TEXT)
        self.tokenBanner = Banner("warning", NO_TOKEN_TEXT)
        self.tokenBanner.addButton("Try the demo", self.demoRequested.emit, "tryDemoButton")
        self.tokenBanner.addButton("Add token…", self.tokenRequested.emit, "addTokenButton")
        self.tokenBanner.hide()
        self.offlineBanner = Banner("warning", OFFLINE_TEXT)
        self.offlineBanner.hide()
        self.setDemo(demo)
        self._layout_parts()

        self._tracking = TrackingLabel(self._now)
        self._tracking.offlineChanged.connect(self.offlineBanner.setVisible)
        self.statusBar().addWidget(self._tracking, 1)
        self._summary = QLabel()
        self._summary.setObjectName("taskSummary")
        self.statusBar().addPermanentWidget(self._summary)
        self._build_menu()

        self.table.currentTaskChanged.connect(self._on_current_task)
        self.table.playRequested.connect(lambda task: self.preview.show(task, restart=True))
        self.table.reuseRequested.connect(self.form.fill)
        self.table.revealRequested.connect(self._reveal)
        self.table.saveCopyRequested.connect(self._ask_copy_destination)
        self.details.reuseRequested.connect(self.form.fill)
        self.details.remedyRequested.connect(self._on_remedy)

    def _layout_parts(self) -> None:
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(_titled("Preview", self.player))
        lower.addWidget(_titled("Details", self.details))
        lower.setSizes([480, 340])
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(_titled("Your videos", self.table))
        right.addWidget(lower)
        right.setSizes([330, 400])
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(self.form)
        main.addWidget(right)
        main.setStretchFactor(1, 1)
        main.setSizes([360, 900])
        for splitter in (lower, right, main):
            splitter.setChildrenCollapsible(False)
        self.form.setMinimumWidth(320)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.demoBanner)
        layout.addWidget(self.tokenBanner)
        layout.addWidget(self.offlineBanner)
        layout.addWidget(main, 1)
        self.setCentralWidget(central)

    def sizeHint(self) -> QSize:
        return QSize(1280, 820)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.form.promptEdit.hasFocus() and self.focusWidget() is None:
            self.form.promptEdit.setFocus()  # a new user can start typing at once

    def _build_menu(self) -> None:
        self.fileMenu = self.menuBar().addMenu("&File")
        settings_action = QAction("&Settings…", self)
        settings_action.setObjectName("settingsAction")
        settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        settings_action.triggered.connect(self.settingsRequested.emit)
        self.fileMenu.addAction(settings_action)
        self.fileMenu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.fileMenu.addAction(quit_action)
        self.helpMenu = self.menuBar().addMenu("&Help")
        logs = QAction("Open &log folder", self)
        logs.setObjectName("openLogsAction")
        logs.triggered.connect(self._open_log_folder)
        self.helpMenu.addAction(logs)
        about = QAction("&About Hailuo Desktop", self)
        about.setObjectName("aboutAction")
        about.triggered.connect(self._show_about)
        self.helpMenu.addAction(about)

    def _open_log_folder(self) -> None:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _show_about(self) -> None:
        AboutDialog(self).open()

    def _now(self) -> float:
        return self._service.now() if self._service else 0.0

    # --- wiring by the app -------------------------------------------------------------
    def bindSession(self, service: TaskService, keeper: ClipKeeper) -> None:
        """Show a (new) session's tasks; the old table model goes with the old session."""
        for signal, slot in self._session_links:
            signal.disconnect(slot)
        old_model = self.table.model().sourceModel()
        model = TaskTableModel(service, self, progress=keeper.progress)
        self.table.setTaskModel(model)
        if old_model is not None:
            old_model.deleteLater()
        self._service, self._keeper = service, keeper
        self._session_links = [
            (keeper.progressChanged, model.progressChanged),
            (service.submittingChanged, self.form.setBusy),
            (service.trackingChanged, self._tracking.setStatus),
            (service.taskInserted, self._update_summary),
            (service.taskUpdated, self._update_summary),
            (self.table.refreshRequested, service.refresh),
            (self.details.refreshRequested, service.refresh),
            (self.table.lookForRequested, service.look_for),
            (self.details.lookForRequested, service.look_for),
            (self.table.saveToLibraryRequested, keeper.save_now),
            (self.table.cancelDownloadRequested, keeper.cancel),
            (self.table.currentTaskChanged, self._check_file_of),
            (self.table.playRequested, keeper.check_saved),
        ]
        for signal, slot in self._session_links:
            signal.connect(slot)
        self._on_current_task(None)
        self._tracking.setStatus(TrackingStatus(Tracking.IDLE))
        self._update_summary()

    def _check_file_of(self, task: Task | None) -> None:
        if task is not None and self._keeper is not None:
            self._keeper.check_saved(task)

    def showTask(self, local_id: str) -> None:
        """Bring a task into view and play it (a notification was clicked)."""
        if self.table.selectTask(local_id):
            self.preview.show(self.table.currentTask(), restart=True)

    def _on_current_task(self, task: Task | None) -> None:
        self.details.showTask(task)
        self.preview.show(task)

    def _update_summary(self) -> None:
        self._summary.setText(summarize(self._service.tasks() if self._service else []))

    def showNoToken(self, missing: bool, problem: str | None = None) -> None:
        self.tokenBanner.setText(problem or NO_TOKEN_TEXT)
        self.tokenBanner.setVisible(missing)
        self.form.setBlocked(
            "Add your AceData Cloud token or try the demo first." if missing else None)

    def isDemo(self) -> bool:
        return self._demo

    def setDemo(self, demo: bool) -> None:
        self._demo = demo
        self.demoBanner.setVisible(demo)
        self.setWindowTitle("Hailuo Desktop — DEMO" if demo else "Hailuo Desktop")

    def showStatus(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _on_remedy(self, task: Task, remedy: str) -> None:
        if remedy == Remedy.UPDATE_TOKEN:
            self.settingsRequested.emit()
        elif remedy in (Remedy.TOP_UP, Remedy.OPEN_CONSOLE):
            QDesktopServices.openUrl(QUrl(CONSOLE_URL))
        elif remedy == Remedy.TRY_AGAIN:
            self.retryRequested.emit(task)

    # --- row actions that are only UI ----------------------------------------------------
    def _reveal(self, task: Task) -> None:
        if task.file_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(task.file_path).parent)))

    def _ask_copy_destination(self, task: Task) -> None:
        if not task.file_path:
            return
        dialog = QFileDialog(self, "Save a copy of the video", task.file_path,
                             "MP4 video (*.mp4)")
        dialog.setObjectName("saveCopyDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("mp4")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.copyRequested.emit(task, path))
        dialog.open()  # never exec(): the event loop keeps running

    # --- closing -------------------------------------------------------------------------
    def closeNow(self) -> None:
        self._may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            self.form.shutdown()
            self.player.shutdown()
            event.accept()
            return
        # Shutting down is async (a submission may still be recording its answer).
        event.ignore()
        self.setEnabled(False)
        self.statusBar().showMessage("Closing…")
        self.closeRequested.emit()
