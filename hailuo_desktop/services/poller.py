"""Tracking: one loop asks the service about every unfinished task, in batches, every few seconds.

It backs off (with jitter) when the service is busy or unreachable, stops by itself when nothing
is left to track, and gives up on a task that runs longer than `stale_after` (the user can
refresh it by hand).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING

from ..api.client import BATCH_LIMIT, HailuoClient
from ..api.errors import (
    AuthenticationError,
    HailuoError,
    RateLimitError,
    TokenMismatchError,
    TransportError,
)
from ..domain.backoff import Backoff
from ..domain.outcome import read_outcome, task_changes
from ..domain.task import Task, TaskState
from ..domain.tracking import Tracking, TrackingStatus

if TYPE_CHECKING:
    from .task_service import TaskService

log = logging.getLogger(__name__)


class Poller:
    def __init__(self, service: TaskService, client: HailuoClient, *, interval: float,
                 stale_after: float, clock: Callable[[], float]):
        self._service = service
        self._client = client
        self._interval = interval
        self._stale_after = stale_after
        self._clock = clock
        self._backoff = Backoff(base=interval)
        self._wake = asyncio.Event()
        self._loop_task: asyncio.Task | None = None
        self._helpers: set[asyncio.Task] = set()

    def start(self) -> None:
        self._loop_task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        jobs = [*self._helpers, *([self._loop_task] if self._loop_task else [])]
        for job in jobs:
            job.cancel()
        await asyncio.gather(*jobs, return_exceptions=True)

    def wake(self) -> None:
        self._wake.set()

    def spawn(self, coro: Coroutine) -> None:
        """Run a short job the poller owns, so that shutdown can cancel it."""
        job = asyncio.get_running_loop().create_task(coro)
        self._helpers.add(job)
        job.add_done_callback(self._helpers.discard)

    def _due(self) -> list[Task]:
        return [t for t in self._service.tasks() if t.state.is_polled and t.task_id]

    async def _run(self) -> None:
        while True:
            due = self._due()
            if not due:
                self._report(TrackingStatus(Tracking.IDLE))
                self._wake.clear()
                await self._wake.wait()
                continue
            try:
                delay = await self._poll_once(due)
                await self._mark_stale()
            except Exception as exc:  # a bug must not end tracking for good: report, go on
                asyncio.get_running_loop().call_exception_handler(
                    {"message": "polling failed", "exception": exc})
                delay = self._backoff.next_delay()
            await asyncio.sleep(delay)

    async def _poll_once(self, due: list[Task]) -> float:
        """Ask about every due task; returns how long to wait before the next round."""
        by_id = {t.task_id: t for t in due}
        ids = list(by_id)
        try:
            for start in range(0, len(ids), BATCH_LIMIT):
                records = await self._client.retrieve_batch(ids[start:start + BATCH_LIMIT])
                for record in records:
                    task = by_id.get(record.get("id"))
                    if task is not None:
                        await self._apply(task, record)
        except (AuthenticationError, TokenMismatchError) as exc:
            return self._trouble(Tracking.TOKEN, detail=exc.code or str(exc.status))
        except RateLimitError as exc:
            return self._trouble(Tracking.BUSY, retry_after=exc.retry_after)
        except TransportError as exc:
            log.info("poll failed: %s", exc)
            return self._trouble(Tracking.OFFLINE)
        except HailuoError as exc:
            log.info("poll failed: %s", exc)
            return self._trouble(Tracking.TROUBLE)
        self._backoff.reset()
        count = len(self._due())
        self._report(TrackingStatus(Tracking.OK if count else Tracking.IDLE, count))
        return self._interval

    def _trouble(self, kind: Tracking, *, retry_after: float | None = None,
                 detail: str = "") -> float:
        delay = self._backoff.next_delay(retry_after)
        self._report(TrackingStatus(kind, len(self._due()), self._clock() + delay, detail))
        return delay

    def _report(self, status: TrackingStatus) -> None:
        self._service.trackingChanged.emit(status)

    async def _apply(self, task: Task, record: dict) -> None:
        self._service.remember_account(record)
        changes = task_changes(task, read_outcome(record), self._clock())
        current = self._service.find(task.local_id)
        if current is None or all(getattr(current, k) == v for k, v in changes.items()):
            return
        await self._service.update(task.local_id, **changes)

    async def _mark_stale(self) -> None:
        now = self._clock()
        for task in self._due():
            since = task.polling_since or task.created_at
            if now - since > self._stale_after:
                await self._service.update(task.local_id, state=TaskState.STALE,
                                           error_code="stale")
