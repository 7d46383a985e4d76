"""The composition root: the one place that builds the parts, wires their signals, and shuts
them down in order. Widgets and services never reach for each other; they meet here."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication

from .account_flow import AccountFlow
from .api.images import ImageProbe
from .api.tls import tls_context
from .domain.balance import Balance
from .domain.curl import curl_command
from .domain.models import model_by_id
from .domain.picture_rules import PastedPicture
from .domain.service_health import ServiceHealth, describe
from .domain.settings import Settings
from .domain.spend import spend_tasks
from .domain.task import DownloadState, GenerationRequest, Task, TaskState
from .services import files
from .services.frames import FrameGrabError, frame_file_name, grab_frame
from .services.jobs import Jobs
from .services.player import Player
from .services.settings_store import SettingsStore
from .session import Session, Sessions
from .storage import paths
from .storage.config import Config
from .ui.common.formatting import local_time, one_line, summarize
from .ui.common.notifier import Notifier
from .ui.common.window_place import current_place, restore_place
from .ui.compose.generate_form import GenerateForm
from .ui.library.poster_cache import PosterCache
from .ui.library.task_table_model import PREVIEW_SIZE, TaskTableModel
from .ui.main_window import MainWindow
from .ui.player.player_panel import PlayerPanel

if TYPE_CHECKING:  # loaded when the Spend view is first opened, not at start-up
    from .ui.account.spend_view import SpendSummary, SpendView

SUMMARY_DELAY_MS = 100
SPEND_DELAY_MS = 1500           # tasks ending together make one look at the spend log
SPEND_REFRESH_DAYS = 30         # older charges are known already, or will not be found
NOT_SAVED_YET = ("This clip is not saved on this computer yet: its frames come from the "
                 "file. Try again once it is saved.")


class App(QObject):
    shutdownFinished = Signal()

    def __init__(self, demo: bool):
        super().__init__()
        self.settings = SettingsStore(paths.config_dir() / "settings.json", self)
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
        self._spend_timer = QTimer(self, singleShot=True, interval=SPEND_DELAY_MS)
        self._spend_timer.timeout.connect(lambda: None)
        self._spend_note = ""  # why some costs are not known, from the last look
        self._spend_view: SpendView | None = None
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
        settings.changed.connect(self._on_settings_changed)
        settings.saveFailed.connect(window.showStatus)

        form.generateRequested.connect(self._on_generate)
        # "Try again" is paid too: it passes the balance and the outage question like a press.
        window.retryRequested.connect(lambda task: form.gate.request(task.request, 1, {
            "first_frame_name": task.first_frame_name, "continues_from": task.continues_from}))
        window.platformTokenRequested.connect(self.account.ask_platform_token)
        window.spendRequested.connect(self._open_spend)
        window.continueRequested.connect(self._continue)
        self.account.platformTokenChanged.connect(self._on_platform_token)
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
        table, details = window.table, window.details
        platform = self._bind_platform(session)
        spend_soon = lambda *_: self._spend_timer.start()  # noqa: E731
        self._session_links = [
            (platform.pricing.rulesChanged, self.form.refreshPrice),
            (platform.balance.balanceChanged, self._show_balance),
            (platform.status.healthChanged, self._show_health),
            (platform.spend.spendChanged, self._on_spend_changed),
            (service.taskFinished, self._after_task),
            (service.tasksAdded, spend_soon),
            (table.copyCurlRequested, self._copy_curl),
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
        ]
        for signal, slot in self._session_links:
            signal.connect(slot)
        self._update_summary(session, model)

    def _bind_platform(self, session: Session):
        """The platform's side of a (new) session: uploads, prices, balance, status, costs."""
        platform, form = session.platform, self.form
        form.gate.newSession()
        form.gate.setPriceOf(lambda request, takes: platform.pricing.price_for(
            self._with_callback(request).body(), takes))
        form.refreshPrice()
        form.firstFrame.setUploader(platform.uploads)
        self.window.serviceStatusLabel.showHealth(None)
        self._show_balance(None, "")
        self._spend_note = ""
        self._spend_timer.timeout.disconnect()
        self._spend_timer.timeout.connect(lambda: platform.spend.refresh(spend_tasks(
            session.service.tasks(), time.time() - SPEND_REFRESH_DAYS * 86400)))
        self.window.details.setContext(
            cost=lambda task: self._cost_of(session, task),
            origin=lambda local_id: self._origin_of(session, local_id),
            status=lambda: describe(platform.status.health()))
        return platform

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

    def _continue(self, task: Task, at_seconds: float | None) -> None:
        """The next shot starts on a frame of this clip: its last one, or the one shown."""
        if task.download_state is not DownloadState.SAVED or not task.file_path:
            self.window.showStatus(NOT_SAVED_YET)
            return
        self.window.showStatus("Taking the last frame of the clip…" if at_seconds is None
                               else "Taking the frame on screen…")
        self._jobs.spawn(self._take_frame(task, Path(task.file_path), at_seconds))

    async def _take_frame(self, task: Task, clip: Path, at_seconds: float | None) -> None:
        try:
            png = await grab_frame(clip, at_seconds)
        except FrameGrabError as exc:
            self.window.showStatus(str(exc))
            return
        frame = PastedPicture(png, frame_file_name(clip, at_seconds))
        self.window.showStatus("")  # taken: the form shows it from here
        self.form.continueFrom(task.request, frame, task.local_id)

    def _copy_curl(self, task: Task) -> None:
        session = self.sessions.current
        if session is None:
            return
        QGuiApplication.clipboard().setText(
            curl_command(session.connection.base_url, task.request.body()))
        self.window.showStatus("Copied the request as a curl command; it reads your token from "
                               "$ACEDATACLOUD_API_TOKEN.")

    # --- the account: balance, status, costs ---------------------------------------------
    def _show_balance(self, balance: Balance | None, sentence: str) -> None:
        session = self.sessions.current
        has_token = session is not None and session.platform.client.has_token
        self.window.balanceLabel.showBalance(balance, sentence, has_token)
        self.form.gate.setBalance(balance)

    def _show_health(self, health: ServiceHealth) -> None:
        self.window.serviceStatusLabel.showHealth(health)
        self.form.gate.setHealth(health)

    def _after_task(self, task: Task) -> None:
        session = self.sessions.current
        if session is None:
            return
        session.platform.balance.refreshSoon()
        self._spend_timer.start()
        # Until the balance is read again, the next press says so first. Without a platform
        # token no balance would ever follow: the failed row already says to top up.
        if task.error_code == "used_up" and session.platform.client.has_token:
            self.form.gate.noteUsedUp()

    def _on_platform_token(self, token: str | None) -> None:
        session = self.sessions.current
        if session is None or session.demo:
            return  # the demo runs on the simulator's own platform token
        session.platform.set_token(token)
        self._show_balance(None, "")
        self._spend_timer.start()
        if token:
            self.form.firstFrame.retryUpload()

    def _cost_of(self, session: Session, task: Task) -> str:
        if not task.task_id or task.state not in (TaskState.SUCCEEDED, TaskState.FAILED):
            return ""
        if not session.platform.client.has_token:
            return "add a platform token to see it"
        return session.platform.spend.cost_text(task.trace_id)

    @staticmethod
    def _origin_of(session: Session, local_id: str) -> str:
        source = session.service.find(local_id)
        if source is None:
            return ""
        name = Path(source.file_path).name if source.file_path \
            else f"“{one_line(source.request.prompt, 60)}”"
        return f"{name}, made {local_time(source.created_at)}"

    def _on_spend_changed(self, sentence: str) -> None:
        self._spend_note = sentence
        self.window.details.showTask(self.window.table.currentTask())
        self._show_spend()

    def _open_spend(self) -> None:
        if self._spend_view is not None and self._spend_view.isVisible():
            self._spend_view.raise_()
            return
        from .ui.account.spend_view import SpendView

        view = SpendView(self.window)
        view.refreshRequested.connect(lambda: self._spend_timer.start(0))
        view.exportRequested.connect(lambda path: self._jobs.spawn(self._export_spend(path)))
        view.destroyed.connect(lambda: setattr(self, "_spend_view", None))
        self._spend_view = view
        self._show_spend()
        view.open()
        self._spend_timer.start(0)

    def _spend_summary(self, session: Session) -> SpendSummary:
        from .ui.account.spend_view import SpendSummary

        spend, tasks = session.platform.spend, spend_tasks(session.service.tasks())
        by_model = [(model_by_id(model).label, amount)
                    for model, amount in spend.totals_by_model(tasks)]
        charged = sum(1 for task in tasks if (charge := spend.charge_of(task.trace_id))
                      and charge.charged)
        return SpendSummary(spend.totals_by_day(tasks), by_model, charged, self._spend_note)

    def _show_spend(self) -> None:
        session = self.sessions.current
        if self._spend_view is not None and session is not None:
            self._spend_view.showSpend(self._spend_summary(session))

    async def _export_spend(self, path: str) -> None:
        session = self.sessions.current
        if session is None:
            return
        text = session.platform.spend.csv_text(spend_tasks(session.service.tasks()))
        sentence, ok = await files.write_text(path, text)
        if self._spend_view is not None:
            self._spend_view.showExported(sentence, ok)

    def _announce(self, task: Task) -> None:
        what = one_line(task.request.prompt, 60)
        if task.state is TaskState.SUCCEEDED:
            self.notifier.notify("Your video is ready", what, task.local_id)
        else:
            self.notifier.notify("A video could not be made", what, task.local_id)

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
