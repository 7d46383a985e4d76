"""One connection's worth of running parts: client, ledger, task service, clip keeper, the
platform's parts (uploads, balance, prices, status, spend) and, in demo mode, the simulator they
talk to. Switching between demo and a real account, a new token or new connection settings swap
the whole session; `Sessions` owns that switch.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from .api.client import HailuoClient
from .api.platform import PlatformClient
from .api.status_page import StatusPage
from .api.warm_up import warm_up
from .services import balance_service
from .services.balance_service import BalanceService
from .services.clip_keeper import ClipKeeper
from .services.download_service import DownloadService
from .services.jobs import Jobs
from .services.library_actions import LibraryActions
from .services.posters import PosterMaker
from .services.pricing_service import PricingService
from .services.spend_service import SpendService
from .services.status_service import StatusService
from .services.task_service import TaskService
from .services.uploads import UploadService
from .storage import paths
from .storage.config import Config, Connection, PlatformConnection
from .storage.ledger import Ledger, LedgerError
from .storage.library import Library
from .storage.upload_links import UploadLinks

if TYPE_CHECKING:  # imported only in demo mode: it brings PyAV and NumPy along
    from .simulator import Simulator

log = logging.getLogger(__name__)

DEMO_TOKEN = "demo-token"
DEMO_GENERATION_SECONDS = 12.0
DEMO_POLL_SECONDS = 2.0


@dataclass
class Platform:
    """AceData's platform for one session: one client (the platform token, when there is one)
    and the services on it, plus the public status page."""

    client: PlatformClient
    status_page: StatusPage
    uploads: UploadService
    balance: BalanceService
    pricing: PricingService
    status: StatusService
    spend: SpendService

    @classmethod
    def create(cls, connection: PlatformConnection, status_url: str, demo: bool,
               parent: QObject) -> Platform:
        client = PlatformClient(connection.base_url, connection.token)
        page = StatusPage(status_url)
        folder = paths.session_dir(demo)  # demo links and costs stay apart from real ones
        return cls(client, page,
                   UploadService(client, UploadLinks(folder / "upload-links.json"), parent),
                   # Read at each session: the end-to-end tests shorten the gap.
                   BalanceService(client, parent, min_gap=balance_service.MIN_GAP_SECONDS),
                   PricingService(client, parent),
                   StatusService(page, parent), SpendService(client, folder / "spend.json",
                                                             parent))

    def start(self, public: bool) -> None:
        """The account's parts ask nothing without a platform token; the public ones (price
        rules, status page) are asked only when there is an API token to make videos with."""
        self.balance.start()
        self.spend.start()
        if public:
            self.pricing.start()
            self.status.start()

    def set_token(self, token: str | None) -> None:
        self.client.set_token(token)
        self.balance.start()  # another account (or none): its balance now, not in 30 s

    async def close(self) -> None:
        for service in (self.uploads, self.balance, self.pricing, self.status, self.spend):
            await service.shutdown()
        await self.client.aclose()
        await self.status_page.aclose()


@dataclass
class Session:
    demo: bool
    connection: Connection
    client: HailuoClient
    ledger: Ledger
    service: TaskService
    keeper: ClipKeeper
    actions: LibraryActions
    platform: Platform
    simulator: Simulator | None = None

    @classmethod
    def create(cls, config: Config, demo: bool) -> Session:
        simulator = None
        if demo:
            from .simulator import Simulator

            simulator = Simulator(token=DEMO_TOKEN, generation_seconds=DEMO_GENERATION_SECONDS,
                                  state_file=paths.session_dir(True) / "simulator.json")
            simulator.start()
            connection = Connection(simulator.base_url, DEMO_TOKEN, token_from_env=False)
            # The simulator serves the platform and the status page too: no real token needed.
            platform_connection = PlatformConnection(simulator.base_url,
                                                     simulator.platform_token, False)
            status_url = f"{simulator.base_url}/data/status_1.json"
        else:
            connection = config.connection()
            platform_connection = config.platform_connection()
            status_url = config.status_url()
        settings = config.settings
        client = HailuoClient(connection.base_url, connection.token or "")
        ledger = Ledger(paths.ledger_path(demo))
        interval = settings.poll_interval_seconds
        if demo:
            interval = min(interval, DEMO_POLL_SECONDS)
        service = TaskService(client, ledger, poll_interval=interval,
                              stale_after=settings.stale_after_minutes * 60,
                              max_running=settings.max_concurrent)
        downloads = DownloadService(lambda: Library(config.library_root(demo), demo=demo),
                                    service.update_known, service,
                                    fresh_link=service.fresh_video_url)
        keeper = ClipKeeper(service, downloads, PosterMaker(service), paths.poster_dir(demo),
                            auto_download=lambda: config.settings.auto_download,
                            parent=service)
        actions = LibraryActions(service, keeper, parent=service)
        platform = Platform.create(platform_connection, status_url, demo, service)
        return cls(demo, connection, client, ledger, service, keeper, actions, platform,
                   simulator)

    async def open(self) -> None:
        await asyncio.gather(self.ledger.open(), warm_up())
        await self.service.start()
        self.keeper.start()
        self.platform.start(public=self.demo or bool(self.connection.token))

    async def close(self) -> None:
        await self.platform.close()  # uploads first: none may outlive the session
        await self.actions.shutdown()
        await self.keeper.shutdown()
        await self.service.shutdown()
        await self.client.aclose()
        await self.ledger.close()
        if self.simulator is not None:
            # Joining the server threads may take a moment: not on the UI thread.
            await asyncio.get_running_loop().run_in_executor(None, self.simulator.stop)


class Sessions(QObject):
    """The session the app runs on, and every switch to another one. Opening, switching and
    closing never interleave: a quick "Try the demo" must not close a ledger still opening."""

    changed = Signal(object)     # the new Session, shown at once; its ledger opens meanwhile
    openFailed = Signal(str)     # one sentence: the task list could not be opened

    def __init__(self, config: Config, parent: QObject | None = None):
        super().__init__(parent)
        self._config = config
        self._lock = asyncio.Lock()
        self._jobs = Jobs("switching sessions")
        self.current: Session | None = None

    def start(self, demo: bool) -> None:
        self._install(demo)
        self._jobs.spawn(self._open_locked())

    def switch(self, demo: bool) -> None:
        """Close the current session and open a new one (demo ⇄ account, new token)."""
        self._jobs.spawn(self._switch(demo))

    async def close(self) -> None:
        await self._jobs.wait()  # a switch under way ends first: never half a session
        async with self._lock:
            if self.current is not None:
                await self.current.close()
                self.current = None

    async def _switch(self, demo: bool) -> None:
        async with self._lock:
            if self.current is not None:
                await self.current.close()
            self._install(demo)
            await self._open()

    def _install(self, demo: bool) -> None:
        self.current = Session.create(self._config, demo)
        self.changed.emit(self.current)

    async def _open_locked(self) -> None:
        async with self._lock:
            await self._open()

    async def _open(self) -> None:
        assert self.current is not None
        try:
            await self.current.open()
        except LedgerError as exc:
            log.error("%s", exc)
            self.openFailed.emit(self.tr("Can't open your task list: {error}. Check that the "
                                         "data folder is writable, then restart the app.").format(
                                             error=exc))
