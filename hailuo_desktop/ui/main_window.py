"""The main window only composes: banners, the form, the task table, the player and details."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..domain.acedata import CONSOLE_URL, TOP_UP_PAGE
from ..domain.messages import Remedy
from ..domain.task import Task
from ..domain.tracking import Tracking, TrackingStatus
from ..domain.version import app_version
from .account.status_widgets import BalanceButton, ServiceStatusLabel
from .common.banner import Banner
from .common.scrolls_down import ScrollsDown
from .common.tracking_label import TrackingLabel
from .compose.generate_form import GenerateForm
from .dialogs.about_dialog import AboutDialog
from .library.library_panel import LibraryPanel
from .library.task_details import TaskDetails
from .library.task_table import TaskTable
from .library.task_table_model import TaskTableModel
from .player.clip_preview import ClipPreview
from .player.player_panel import PlayerPanel


def _titled(title: str, widget: QWidget, beside: QWidget | None = None) -> QWidget:
    label = QLabel(title)
    label.setObjectName("sectionLabel")
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 0)
    if beside is None:
        layout.addWidget(label)
    else:  # a button that belongs to the section, at the title's right
        heading = QHBoxLayout()
        heading.addWidget(label)
        heading.addStretch(1)
        heading.addWidget(beside)
        layout.addLayout(heading)
    layout.addWidget(widget, 1)
    return box


def _keys(standard: QKeySequence.StandardKey, usual: str) -> list[QKeySequence]:
    """The platform's key for a command, and the usual one where the platform has none
    (Preferences is empty on Linux and Windows): the menu shows the first."""
    keys = QKeySequence.keyBindings(standard)
    fallback = QKeySequence(usual)
    return keys if fallback in keys else [*keys, fallback]


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
    logFolderRequested = Signal()
    platformTokenRequested = Signal()    # a feature needs the platform token
    spendRequested = Signal()
    continueRequested = Signal(object, object)  # Task, seconds into it (None: its last frame)
    checkNowRequested = Signal()         # ask the service about every unfinished task now

    def __init__(self, form: GenerateForm, player: PlayerPanel, now: Callable[[], float],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._may_close = False

        self.form = form
        self.table = TaskTable()
        self.library = LibraryPanel(self.table)
        self.gallery = self.library.gallery
        # Looked up when support info is copied: reading the installed metadata takes a while.
        self.details = TaskDetails(app_version)
        self.player = player
        self.preview = ClipPreview(self.player, now, self,
                                   tracking=lambda: self.tracking.status())
        self.preview.checkNowRequested.connect(self.checkNowRequested)
        self.demoBanner = Banner("demo", self.tr(
            "DEMO — videos come from the built-in simulator: no account, no credits, and the "
            "clips are test patterns."))
        self.demoBanner.addButton(self.tr("Use my account…"), self.tokenRequested.emit,
                                  "leaveDemoButton")
        self.tokenBanner = Banner("warning", self._no_token_text())
        self.tokenBanner.addButton(self.tr("Try the demo"), self.demoRequested.emit,
                                   "tryDemoButton")
        self.tokenBanner.addButton(self.tr("Add token…"), self.tokenRequested.emit,
                                   "addTokenButton")
        self.tokenBanner.hide()
        self.offlineBanner = Banner("warning", self.tr(
            "You seem to be offline: the service can't be reached. Your videos are safe; "
            "checking resumes by itself when the connection is back."))
        self.offlineBanner.hide()
        self.showDemo(False)
        self._layout_parts()

        self.tracking = TrackingLabel(now)
        self.tracking.offlineChanged.connect(self.offlineBanner.setVisible)
        self.statusBar().addWidget(self.tracking, 1)
        self.checkNowButton = QPushButton(self.tr("Check now"))
        self.checkNowButton.setObjectName("checkNowButton")
        self.checkNowButton.setToolTip(self.tr("Ask the service about your unfinished videos "
                                               "now, without waiting for the next check."))
        self.checkNowButton.setAccessibleDescription(self.checkNowButton.toolTip())
        self.checkNowButton.hide()
        self.checkNowButton.clicked.connect(self.checkNowRequested)
        self.tracking.trackingChanged.connect(self.checkNowButton.setVisible)
        self.statusBar().addWidget(self.checkNowButton)
        self._summary = QLabel()
        self._summary.setObjectName("taskSummary")
        self.serviceStatusLabel = ServiceStatusLabel()
        self.balanceLabel = BalanceButton()
        for badge in (self.serviceStatusLabel, self.balanceLabel, self._summary):
            self.statusBar().addPermanentWidget(badge)
        self.balanceLabel.topUpRequested.connect(
            lambda: QDesktopServices.openUrl(QUrl(TOP_UP_PAGE)))
        self.balanceLabel.platformTokenRequested.connect(self.platformTokenRequested)
        self.form.firstFrame.platformTokenRequested.connect(self.platformTokenRequested)
        self._build_menu()

        self.table.currentTaskChanged.connect(self._on_current_task)
        self.table.currentTaskUpdated.connect(self._on_current_task_updated)
        self.table.playRequested.connect(lambda task: self.preview.show(task, restart=True))
        self.table.playPauseRequested.connect(self.player.togglePlayback)
        self.table.reuseRequested.connect(self.form.fill)
        self.table.revealRequested.connect(self._reveal)
        self.table.saveCopyRequested.connect(self._ask_copy_destination)
        self.table.continueRequested.connect(lambda task: self.continueRequested.emit(task, None))
        self.player.useFrameRequested.connect(self._use_frame)
        self.details.reuseRequested.connect(self.form.fill)
        self.details.remedyRequested.connect(self._on_remedy)
        self.details.starRequested.connect(self.library.starRequested)
        self.library.statusMessage.connect(self.showStatus)

    def _layout_parts(self) -> None:
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(_titled(self.tr("Preview"), self.player, self.player.useFrameButton))
        details = ScrollsDown(self.details, "detailsScroll", whole_width=False)
        details.setMinimumWidth(220)
        lower.addWidget(_titled(self.tr("Details"), details))
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setSizes([480, 340])
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.library)
        right.addWidget(lower)
        right.setSizes([330, 400])
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(ScrollsDown(self.form, "formScroll", whole_width=True))
        main.addWidget(right)
        main.setStretchFactor(1, 1)
        main.setSizes([360, 900])
        for splitter in (lower, right, main):
            splitter.setChildrenCollapsible(False)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.demoBanner)
        layout.addWidget(self.tokenBanner)
        layout.addWidget(self.offlineBanner)
        layout.addWidget(main, 1)
        self.setCentralWidget(central)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.form.promptEdit.hasFocus() and self.focusWidget() is None:
            self.form.promptEdit.setFocus()  # a new user can start typing at once

    def _build_menu(self) -> None:
        self.fileMenu = self.menuBar().addMenu(self.tr("&File"))
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.setObjectName("settingsAction")
        settings_action.setShortcuts(_keys(QKeySequence.StandardKey.Preferences, "Ctrl+,"))
        settings_action.triggered.connect(self.settingsRequested.emit)
        self.fileMenu.addAction(settings_action)
        spend = QAction(self.tr("S&pend…"), self)
        spend.setObjectName("spendAction")
        spend.triggered.connect(self.spendRequested.emit)
        self.fileMenu.addAction(spend)
        self.fileMenu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setObjectName("quitAction")
        quit_action.setShortcuts(_keys(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        self.fileMenu.addAction(quit_action)
        self.editMenu = self.menuBar().addMenu(self.tr("&Edit"))
        self.editMenu.addActions([self.library.undoRemoveAction, self.library.findAction])
        self.editMenu.addSeparator()
        self.editMenu.addAction(self.library.removeFailedAction)
        self.helpMenu = self.menuBar().addMenu(self.tr("&Help"))
        logs = QAction(self.tr("Open &log folder"), self)
        logs.setObjectName("openLogsAction")
        logs.triggered.connect(self.logFolderRequested.emit)
        self.helpMenu.addAction(logs)
        about = QAction(self.tr("&About Hailuo Desktop"), self)
        about.setObjectName("aboutAction")
        about.triggered.connect(self._show_about)
        self.helpMenu.addAction(about)

    def _show_about(self) -> None:
        AboutDialog(self).open()

    # --- what the app shows ------------------------------------------------------------
    def setTaskModel(self, model: TaskTableModel) -> None:
        """Show a (new) session's tasks; the old model goes with the old session."""
        old = self.table.model()
        self.table.setTaskModel(model)
        self.library.setTaskModel(model)
        if old is not None:
            old.deleteLater()
        self._on_current_task(None)
        self.tracking.setStatus(TrackingStatus(Tracking.IDLE))

    def showSummary(self, text: str) -> None:
        self._summary.setText(text)

    def showTask(self, local_id: str) -> None:
        """Bring a task into view and play it (a notification was clicked)."""
        if self.table.selectTask(local_id):
            self.preview.show(self.table.currentTask(), restart=True)

    def _on_current_task(self, task: Task | None) -> None:
        self.details.showTask(task)
        self.preview.show(task)

    def _on_current_task_updated(self, task: Task, _fields: frozenset[str]) -> None:
        # The clip keeps playing unless the news changed what there is to play.
        self.details.showTask(task)
        self.preview.show(task)

    def _no_token_text(self) -> str:
        return self.tr("No AceData Cloud API token is set, so videos can't be made yet. Try the "
                       "demo, or add your token.")

    def showNoToken(self, missing: bool, problem: str | None = None) -> None:
        self.tokenBanner.setText(problem or self._no_token_text())
        self.tokenBanner.setVisible(missing)
        self.form.setBlocked(
            self.tr("Add your AceData Cloud token or try the demo first.") if missing else None)

    def showDemo(self, demo: bool, folder: str = "") -> None:
        """The demo's banner, saying where its clips are kept (apart from real ones)."""
        if folder:
            self.demoBanner.setText(self.tr(
                "DEMO — videos come from the built-in simulator: no account, no credits. The "
                "clips are test patterns, saved apart from your videos in {folder}.").format(
                    folder=folder))
        self.demoBanner.setVisible(demo)
        self.setWindowTitle(self.tr("Hailuo Desktop — DEMO") if demo else "Hailuo Desktop")

    def showStatus(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _on_remedy(self, task: Task, remedy: str) -> None:
        if remedy == Remedy.UPDATE_TOKEN:
            self.settingsRequested.emit()
        elif remedy == Remedy.TOP_UP:
            QDesktopServices.openUrl(QUrl(TOP_UP_PAGE))
        elif remedy == Remedy.OPEN_CONSOLE:
            QDesktopServices.openUrl(QUrl(CONSOLE_URL))
        elif remedy == Remedy.TRY_AGAIN:
            self.retryRequested.emit(task)

    # --- row actions that are only UI ----------------------------------------------------
    def _use_frame(self, ms: int) -> None:
        task = self.table.currentTask()  # the clip the player shows is the selected one
        if task is not None:
            self.continueRequested.emit(task, ms / 1000)

    def _reveal(self, task: Task) -> None:
        if task.file_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(task.file_path).parent)))

    def _ask_copy_destination(self, task: Task) -> None:
        if not task.file_path:
            return
        dialog = QFileDialog(self, self.tr("Save a copy of the video"), task.file_path,
                             self.tr("MP4 video (*.mp4)"))
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
            self.library.closeCompares()
            self.form.shutdown()
            self.player.shutdown()
            event.accept()
            return
        # Shutting down is async (a submission may still be recording its answer).
        event.ignore()
        self.setEnabled(False)
        self.statusBar().showMessage(self.tr("Closing…"))
        self.closeRequested.emit()
