"""The composition root: the one place that builds the parts, wires their signals, and shuts
them down in order. Widgets and services never reach for each other; they meet here."""

from __future__ import annotations

import time
from dataclasses import replace

import httpx
from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from .account_flow import AccountFlow
from .api.images import ImageProbe
from .api.tls import tls_context
from .domain.settings import Settings
from .domain.task import GenerationRequest, Task, TaskState
from .platform_wiring import PlatformWiring
from .services import files
from .services.jobs import Jobs
from .services.player import Player
from .services.settings_store import SettingsStore
from .services.synced_players import SyncedPlayers
from .session import Session, Sessions
from .storage import paths
from .storage.config import Config
from .ui.common.formatting import one_line, summarize
from .ui.common.language import install_language
from .ui.common.notifier import Notifier
from .ui.common.window_place import current_place, restore_place
from .ui.compose.generate_form import GenerateForm
from .ui.library.poster_cache import PosterCache
from .ui.library.task_table_model import PREVIEW_SIZE, TaskTableModel
from .ui.main_window import MainWindow
from .ui.player.player_panel import PlayerPanel

SUMMARY_DELAY_MS = 100


class App(QObject):
    shutdownFinished = Signal()

    def __init__(self, demo: bool):
        super().__init__()
        self.settings = SettingsStore(paths.config_dir() / "settings.json", self)
        # Before any widget is built: every text is made in this language from the start.
        self.language = install_language(self.settings.value.language)
        self.config = Config.for_profile(self.settings)
        self._jobs = Jobs("the app")
        self._closing = False
        # First-frame links can point anywhere: this client never carries the API token.
        self._image_http = httpx.AsyncClient(timeout=httpx.Timeout(15.0, connect=10.0),
                                             headers={"user-agent": "hailuo-desktop"},
                                             verify=tls_context())
        self.form = GenerateForm(ImageProbe(self._image_http).probe)
        self.player = Player(self)
        self.window = MainWindow(self.form, PlayerPanel(self.player), self._now)
        self.setParent(self.window)
        self.posters = PosterCache(PREVIEW_SIZE, self)
        self.notifier = Notifier(self.window)
        self.sessions = Sessions(self.config, self)
        self.account = AccountFlow(self.config, self.settings, self.sessions, self.window)
        self._session_links: list[tuple] = []  # (signal, slot) pairs of the current session
        self._summary = QTimer(self, singleShot=True, interval=SUMMARY_DELAY_MS)
        self._summary.timeout.connect(lambda: None)
        self.platform = PlatformWiring(self.window, self.form, self.sessions,
                                       self._with_callback, self)
        self._wire()
        restore_place(self.window, self.settings.value.window_geometry,
                      self.settings.value.window_maximized)
        connection = self.config.connection()
        no_token = not connection.token and not connection.token_problem
        # The demo, once chosen, is where a start without a token goes again.
        demo = demo or (no_token and self.settings.value.demo)
        self.sessions.start(demo)
        if not demo and no_token:
            self.account.welcome()

    def _now(self) -> float:
        session = self.sessions.current
        return session.service.now() if session is not None else time.time()

    # --- wiring --------------------------------------------------------------------------
    def _wire(self) -> None:
        """What lives as long as the window."""
        window, form, settings = self.window, self.form, self.settings
        chosen = settings.value
        self.notifier.setEnabled(chosen.notifications)
        window.player.setVolume(chosen.player_volume)
        window.player.setMuted(chosen.player_muted)
        window.player.volumeChanged.connect(lambda v: settings.update(player_volume=v))
        window.player.mutedChanged.connect(lambda m: settings.update(player_muted=m))
        window.library.setViewMode(chosen.library_view)
        window.library.viewModeChanged.connect(lambda mode: settings.update(library_view=mode))
        window.library.setPlayers(SyncedPlayers)
        settings.changed.connect(self._on_settings_changed)
        settings.saveFailed.connect(window.showStatus)

        form.generateRequested.connect(self._on_generate)
        # "Try again" is paid too: it passes the balance and the outage question like a press.
        window.retryRequested.connect(lambda task: form.gate.request(task.request, 1, {
            "first_frame_name": task.first_frame_name, "continues_from": task.continues_from}))
        window.platformTokenRequested.connect(self.account.ask_platform_token)
        self.account.platformTokenChanged.connect(self.platform.platformTokenChanged)
        window.copyRequested.connect(
            lambda task, destination: self._jobs.spawn(self._copy(task, destination)))
        window.closeRequested.connect(lambda: self._jobs.spawn(self._shutdown()))
        window.demoRequested.connect(lambda: self.sessions.switch(True))
        window.tokenRequested.connect(self.account.welcome)
        window.settingsRequested.connect(self.account.open_settings)
        window.logFolderRequested.connect(self._open_log_folder)
        self.notifier.activated.connect(window.showTask)
        self.sessions.changed.connect(self._bind)
        self.sessions.changed.connect(lambda session: settings.update(demo=session.demo))
        self._remember_form()
        self.sessions.openFailed.connect(window.showStatus)

    def _remember_form(self) -> None:
        """The model and prompt come back as they were left, and are kept as they change."""
        form, settings = self.form, self.settings
        index = form.modelCombo.findData(settings.value.last_model)
        if index >= 0:
            form.modelCombo.setCurrentIndex(index)
        form.promptEdit.setPlainText(settings.value.last_prompt)
        form.modelCombo.currentIndexChanged.connect(
            lambda: settings.update(last_model=form.modelCombo.currentData() or ""))
        form.promptEdit.textChanged.connect(
            lambda: settings.update(last_prompt=form.promptEdit.toPlainText()))

    def _bind(self, session: Session) -> None:
        """Show a (new) session: its tasks, its tracking, and the commands that reach it."""
        for signal, slot in self._session_links:
            signal.disconnect(slot)
        window, service, keeper = self.window, session.service, session.keeper
        model = TaskTableModel(service, window, progress=keeper.progress, posters=self.posters)
        window.setTaskModel(model)
        window.showDemo(session.demo, str(self.config.library_root(demo=True)))
        self.form.setSamplePictures(session.simulator.sample_image_urls
                                    if session.simulator else [])
        missing = not session.demo and not session.connection.token
        window.showNoToken(missing, session.connection.token_problem)
        if not missing:
            self.account.dismiss_welcome()
        # Many changes in a row (a big ledger, a vanished folder) make one recount.
        self._summary.timeout.disconnect()
        self._summary.timeout.connect(lambda: self._update_summary(session, model))
        summary = lambda *_: self._summary.start()  # noqa: E731
        table, details, library, actions = window.table, window.details, window.library, \
            session.actions
        library.setUndoAvailable(actions.canUndo())
        self._session_links = [
            *self.platform.bind(session),
            (keeper.progressChanged, model.progressChanged),
            (service.submittingChanged, self.form.setBusy),
            (service.poller.trackingChanged, window.tracking.setStatus),
            (window.checkNowRequested, service.poller.check_now),
            (service.tasksAdded, summary),
            (service.taskChanged, summary),
            (service.tasksRemoved, summary),
            (model.shownChanged, summary),
            (service.taskFinished, self._announce),
            (table.refreshRequested, service.refresh),
            (details.refreshRequested, service.refresh),
            (table.lookForRequested, service.look_for),
            (details.lookForRequested, service.look_for),
            (table.saveToLibraryRequested, keeper.save_now),
            (table.cancelDownloadRequested, keeper.cancel),
            (table.currentTaskChanged, lambda task: task and keeper.check_saved(task)),
            (table.playRequested, keeper.check_saved),
            (library.starRequested, actions.star),
            (library.removeRequested, actions.remove),
            (library.undoRequested, actions.undo),
            (actions.removed, library.showRemoved),
            (actions.restored, library.showRestored),
            (actions.undoAvailable, library.setUndoAvailable),
            (actions.problem, window.showStatus),
        ]
        for signal, slot in self._session_links:
            signal.connect(slot)
        self._update_summary(session, model)

    def _update_summary(self, session: Session, model: TaskTableModel) -> None:
        shown = model.rowCount()
        total = session.service.count()
        self.window.showSummary(summarize(session.service.counts(),
                                          None if shown == total else shown))

    # --- what the user asks ----------------------------------------------------------------
    def _with_callback(self, request: GenerationRequest) -> GenerationRequest:
        callback = self.settings.value.callback_url
        if callback and not request.callback_url:
            return replace(request, callback_url=callback)
        return request

    def _on_generate(self, request: GenerationRequest, takes: int = 1,
                     origin: dict | None = None) -> None:
        session = self.sessions.current
        problem = session.service.submit(self._with_callback(request), takes,
                                         **(origin or {})) if session is not None else None
        if problem:
            self.form.showProblem(problem)

    def _announce(self, task: Task) -> None:
        what = one_line(task.request.prompt, 60)
        if task.state is TaskState.SUCCEEDED:
            self.notifier.notify(self.tr("Your video is ready"), what, task.local_id)
        else:
            self.notifier.notify(self.tr("A video could not be made"), what, task.local_id)

    def _on_settings_changed(self, settings: Settings, changed: frozenset[str]) -> None:
        if "notifications" in changed:
            self.notifier.setEnabled(settings.notifications)
        session = self.sessions.current
        if "max_concurrent" in changed and session is not None:
            session.service.set_max_running(settings.max_concurrent)

    async def _copy(self, task: Task, destination: str) -> None:
        self.window.showStatus(await files.copy_clip(task.file_path or "", destination))

    def _open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.private_dir(paths.log_dir()))))

    # --- closing -------------------------------------------------------------------------
    async def _shutdown(self) -> None:
        if self._closing:
            return
        self._closing = True
        await self._jobs.cancel()  # copies under way: the user is leaving
        await self.platform.shutdown()
        geometry, maximized = current_place(self.window)
        self.settings.update(window_geometry=geometry, window_maximized=maximized)
        await self.account.shutdown()
        await self.sessions.close()
        await self.settings.flush()
        await self.posters.shutdown()
        await self._image_http.aclose()
        self.window.closeNow()
        self.shutdownFinished.emit()


def create_window(demo: bool = False) -> MainWindow:
    """The fully wired main window. Needs a running qasync loop; closing it shuts all down."""
    app = App(demo)
    app.shutdownFinished.connect(app.window.shutdownFinished)
    return app.window
