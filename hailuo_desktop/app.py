"""The composition root: builds the parts, wires their signals, and shuts them down in order."""

from __future__ import annotations

import asyncio
import logging
import shutil
from dataclasses import replace

import httpx
from PySide6.QtCore import QObject, QTimer, Signal

from .account_flow import AccountFlow
from .api.images import ImageProbe
from .domain.task import GenerationRequest, Task, TaskState
from .session import Session
from .storage import paths
from .storage.config import Config
from .storage.ledger import LedgerError
from .storage.settings import Settings, save_settings
from .ui.common.formatting import one_line
from .ui.common.notifier import Notifier
from .ui.compose.generate_form import GenerateForm
from .ui.main_window import MainWindow

log = logging.getLogger(__name__)


class App(QObject):
    shutdownFinished = Signal()

    def __init__(self, demo: bool):
        super().__init__()
        self._config = Config.load()
        # First-frame links can point anywhere: this client never carries the API token.
        self._image_http = httpx.AsyncClient(timeout=httpx.Timeout(15.0, connect=10.0),
                                             headers={"user-agent": "hailuo-desktop"})
        self.form = GenerateForm(ImageProbe(self._image_http).probe)
        self.window = MainWindow(self.form, demo)
        self.setParent(self.window)
        self._jobs: set[asyncio.Task] = set()
        self._session: Session | None = None
        self._ready = asyncio.Event()
        # Opening, switching and closing sessions never interleave (a quick "Try the demo"
        # must not close a ledger that is still opening).
        self._session_lock = asyncio.Lock()
        self._closing = False

        self.notifier = Notifier(self.window)
        self.notifier.setEnabled(self._config.settings.notifications)
        self.notifier.activated.connect(self.window.showTask)
        self._states: dict[str, TaskState] = {}
        self._settings_timer = QTimer(self, singleShot=True, interval=600)
        self._settings_timer.timeout.connect(lambda: self._spawn(self._save_settings()))
        player = self.window.player
        player.setVolume(self._config.settings.player_volume)
        player.setMuted(self._config.settings.player_muted)
        player.volumeChanged.connect(lambda v: self._remember(player_volume=v))
        player.mutedChanged.connect(lambda m: self._remember(player_muted=m))

        self.form.generateRequested.connect(self._on_generate)
        self.window.retryRequested.connect(lambda task: self._on_generate(task.request))
        self.window.copyRequested.connect(lambda task, dest: self._spawn(self._copy(task, dest)))
        self.window.closeRequested.connect(lambda: self._spawn(self._shutdown()))
        self.window.demoRequested.connect(lambda: self._spawn(self._switch(demo=True)))
        self.account = AccountFlow(self._config, self.window, self._spawn, self._switch,
                                   self._on_settings)
        self.window.tokenRequested.connect(self.account.welcome)
        self.window.settingsRequested.connect(self.account.open_settings)
        self._install(demo)
        self._spawn(self._open_first())
        connection = self._session.connection
        if not demo and not connection.token and not connection.token_problem:
            self.account.welcome()

    def _spawn(self, coro) -> asyncio.Task:
        job = asyncio.get_running_loop().create_task(coro)
        self._jobs.add(job)
        job.add_done_callback(self._jobs.discard)
        return job

    def _on_settings(self, settings: Settings) -> None:
        self.notifier.setEnabled(settings.notifications)

    def _install(self, demo: bool) -> None:
        """Build a session and show it at once; its ledger opens in the background."""
        session = Session.create(self._config, demo)
        self._session = session
        self.window.setDemo(demo)
        self.form.setSamplePictures(session.simulator.sample_image_urls
                                    if session.simulator else [])
        self.window.bindSession(session.service, session.keeper)
        session.service.taskInserted.connect(lambda row: self._on_task(session, row, False))
        session.service.taskUpdated.connect(lambda row: self._on_task(session, row, True))
        self.window.showNoToken(not demo and not session.connection.token,
                                session.connection.token_problem)
        if demo or session.connection.token:
            self.account.dismiss_welcome()

    async def _open_first(self) -> None:
        async with self._session_lock:
            await self._open()

    async def _switch(self, demo: bool) -> None:
        """Close the current session and open a new one (demo ⇄ account, new token)."""
        async with self._session_lock:
            self._ready.clear()
            if self._session is not None:
                await self._session.close()
            self._install(demo)
            await self._open()

    async def _open(self) -> None:
        assert self._session is not None
        try:
            await self._session.open()
        except LedgerError as exc:
            log.error("%s", exc)
            self.window.showStatus(f"Can't open your task list: {exc}. Check that the data "
                                   "folder is writable, then restart the app.")
            return
        self._ready.set()

    def _on_generate(self, request: GenerationRequest) -> None:
        settings = self._config.settings
        if settings.callback_url and not request.callback_url:
            request = replace(request, callback_url=settings.callback_url)
        if self._session is not None:
            running = sum(not t.state.is_final and t.state is not TaskState.STALE
                          for t in self._session.service.tasks())
            if running >= settings.max_concurrent:
                self.form.showProblem(
                    f"{running} videos are already being made, the most Settings allow at "
                    "once. Wait for one to finish, or raise the limit in Settings.")
                return
        if self._ready.is_set() and self._session is not None:
            self._session.service.submit(request)
            return
        self.form.setBusy(True)  # starting up: the click is kept, not lost
        self._spawn(self._submit_when_ready(request))

    async def _submit_when_ready(self, request: GenerationRequest) -> None:
        await self._ready.wait()
        self.form.setBusy(False)
        if self._session is not None:
            self._session.service.submit(request)

    def _on_task(self, session: Session, row: int, changed: bool) -> None:
        """Announce a video that just finished (only what changes while the app runs)."""
        task = session.service.task_at(row)
        before = self._states.get(task.local_id)
        self._states[task.local_id] = task.state
        if not changed or before is task.state or before is None:
            return
        what = one_line(task.request.prompt, 60)
        if task.state is TaskState.SUCCEEDED:
            self.notifier.notify("Your video is ready", what, task.local_id)
        elif task.state is TaskState.FAILED:
            self.notifier.notify("A video could not be made", what, task.local_id)

    def _remember(self, **values) -> None:
        for name, value in values.items():
            setattr(self._config.settings, name, value)
        self._settings_timer.start()  # many slider steps become one write

    async def _save_settings(self) -> None:
        try:
            await asyncio.to_thread(save_settings, paths.config_dir() / "settings.json",
                                    self._config.settings)
        except OSError as exc:
            self.window.showStatus(f"Your settings could not be saved: {exc.strerror}.")

    async def _copy(self, task: Task, destination: str) -> None:
        try:
            await asyncio.to_thread(shutil.copy2, task.file_path, destination)
        except OSError as exc:
            self.window.showStatus(f"The copy could not be saved: {exc.strerror or exc}. "
                                   "Choose another folder and try again.")
            return
        self.window.showStatus(f"Saved a copy as {destination}.")

    async def _shutdown(self) -> None:
        if self._closing:
            return
        self._closing = True
        others = [job for job in self._jobs if job is not asyncio.current_task()]
        for job in others:
            job.cancel()
        await asyncio.gather(*others, return_exceptions=True)
        async with self._session_lock:
            if self._session is not None:
                await self._session.close()
        if self._settings_timer.isActive():
            self._settings_timer.stop()
            await self._save_settings()
        await self._image_http.aclose()
        self.window.closeNow()
        self.shutdownFinished.emit()


def create_window(demo: bool = False) -> MainWindow:
    """The fully wired main window. Needs a running qasync loop; closing it shuts all down."""
    app = App(demo)
    app.shutdownFinished.connect(app.window.shutdownFinished)
    return app.window
