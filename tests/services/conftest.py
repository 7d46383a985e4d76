"""The task service against the real simulator over loopback: one simulator a test, and task
services built on one ledger file, each shut down (its parts closed) at teardown."""

from __future__ import annotations

import time

import pytest

from hailuo_desktop.api.client import HailuoClient
from hailuo_desktop.services.task_service import TaskService
from hailuo_desktop.simulator import Simulator
from hailuo_desktop.storage.ledger import Ledger

TOKEN = "service-token"


@pytest.fixture
def sim():
    with Simulator(token=TOKEN, generation_seconds=0.3) as simulator:
        yield simulator


@pytest.fixture
def make_service(qtbot, event_loop, sim, tmp_path):
    """`make_service(opened=False, clock=time.time, **options)`: a task service on the test's
    ledger file; `opened=True` opens the ledger and starts it."""
    made = []

    def make(opened: bool = False, clock=time.time, stale_after: float = 1800.0,
             **options) -> TaskService:
        client = HailuoClient(sim.base_url, TOKEN)
        ledger = Ledger(tmp_path / "tasks.sqlite3")
        service = TaskService(client, ledger, poll_interval=0.05, stale_after=stale_after,
                              clock=clock, **options)
        made.append((service, client, ledger))
        if opened:
            job = event_loop.create_task(_open(ledger, service))
            qtbot.waitUntil(job.done, timeout=5000)
            job.result()
        return service

    yield make

    async def close_all():
        for service, client, ledger in made:
            await service.shutdown()
            await client.aclose()
            await ledger.close()

    done = event_loop.create_task(close_all())
    qtbot.waitUntil(done.done, timeout=10000)
    done.result()


async def _open(ledger: Ledger, service: TaskService) -> None:
    await ledger.open()
    await service.start()
