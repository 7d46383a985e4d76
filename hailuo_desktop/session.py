"""One connection's worth of running parts: client, ledger, task service (and, in demo mode, the
simulator they talk to). Switching between demo and a real account swaps the whole session."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from .api.client import HailuoClient
from .services.clip_keeper import ClipKeeper
from .services.download_service import DownloadService
from .services.posters import PosterMaker
from .services.task_service import TaskService
from .simulator import Simulator
from .storage import paths
from .storage.config import Config, Connection
from .storage.ledger import Ledger
from .storage.library import Library

DEMO_TOKEN = "demo-token"
DEMO_GENERATION_SECONDS = 12.0
DEMO_POLL_SECONDS = 2.0


@dataclass
class Session:
    demo: bool
    connection: Connection
    client: HailuoClient
    ledger: Ledger
    service: TaskService
    keeper: ClipKeeper
    simulator: Simulator | None = None

    @classmethod
    def create(cls, config: Config, demo: bool) -> Session:
        simulator = None
        if demo:
            demo_dir = paths.data_dir() / "demo"
            simulator = Simulator(token=DEMO_TOKEN, generation_seconds=DEMO_GENERATION_SECONDS,
                                  state_file=demo_dir / "simulator.json")
            simulator.start()
            connection = Connection(simulator.base_url, DEMO_TOKEN, token_from_env=False)
        else:
            connection = config.connection()
        client = HailuoClient(connection.base_url, connection.token or "")
        ledger = Ledger(paths.ledger_path(demo))
        interval = config.settings.poll_interval_seconds
        if demo:
            interval = min(interval, DEMO_POLL_SECONDS)
        service = TaskService(client, ledger, poll_interval=interval,
                              stale_after=config.settings.stale_after_minutes * 60)
        downloads = DownloadService(lambda: Library(config.library_root()),
                                    service.update_known, service,
                                    fresh_link=service.fresh_video_url)
        keeper = ClipKeeper(service, downloads, PosterMaker(service), paths.poster_dir(demo),
                            auto_download=lambda: config.settings.auto_download,
                            parent=service)
        return cls(demo, connection, client, ledger, service, keeper, simulator)

    async def open(self) -> None:
        await self.ledger.open()
        await self.service.start()
        self.keeper.start()

    async def close(self) -> None:
        await self.keeper.shutdown()
        await self.service.shutdown()
        await self.client.aclose()
        await self.ledger.close()
        if self.simulator is not None:
            # Joining the server threads may take a moment: not on the UI thread.
            await asyncio.get_running_loop().run_in_executor(None, self.simulator.stop)
