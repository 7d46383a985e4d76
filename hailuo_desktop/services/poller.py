"""Tracking: one loop asks the service about every unfinished task, in batches, every few seconds.

It backs off (with jitter) when the service is busy or unreachable, but never far: at most
30 s, and at most a few polling intervals while a task is young, so that a short run of server
errors never holds a finished clip back for minutes. `check_now()` (the user's button) ends a
wait at once; the news of a task (`wake()`) only ends the idle wait, never a back-off. It stops
by itself when nothing is left to track, and gives up on a task that runs longer than
`stale_after` (the user can refresh it by hand). It knows the tasks only through the narrow
`Tracked` interface, and says how tracking goes, with the time of the next check, through its
own signal.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from ..api.client import BATCH_LIMIT, HailuoClient
from ..api.errors import (
    AuthenticationError,
    HailuoError,
    NotFoundError,
    RateLimitError,
    TokenMismatchError,
    TransportError,
)
from ..domain.backoff import Backoff
from ..domain.task import Task
from ..domain.tracking import Tracking, TrackingStatus

log = logging.getLogger(__name__)

BACKOFF_CAP_SECONDS = 30.0
# While a task is this young its clip may come any moment: waits stay within a few intervals.
YOUNG_TASK_SECONDS = 600.0
YOUNG_WAIT_INTERVALS = 3
# How long the service may leave a task out of its answers before the app stops asking: a task
# just accepted may take a moment to be listed.
UNKNOWN_AFTER = 60.0


class Tracked(Protocol):
    """What the poller needs from the owner of the tasks."""

    def due(self) -> list[Task]: ...
    async def apply_record(self, task: Task, record: dict) -> None: ...
    async def mark_stale(self, task: Task) -> None: ...
    async def mark_unknown(self, task: Task) -> None: ...


class Poller(QObject):
    # How tracking goes (a domain.tracking.TrackingStatus): status bar, offline banner.
    trackingChanged = Signal(object)

    def __init__(self, tasks: Tracked, client: HailuoClient, *, interval: float,
                 stale_after: float, clock: Callable[[], float],
                 unknown_after: float = UNKNOWN_AFTER, parent: QObject | None = None):
        super().__init__(parent)
        self._tasks = tasks
        self._client = client
        self._interval = interval
        self._stale_after = stale_after
        self._unknown_after = unknown_after
        self._clock = clock
        self._missing: dict[str, float] = {}  # task id → when answers first lacked it
        self._backoff = Backoff(base=interval, cap=BACKOFF_CAP_SECONDS)
        self._wake = asyncio.Event()
        self._check_now = asyncio.Event()
        self._status = TrackingStatus(Tracking.IDLE)
        self._loop_task: asyncio.Task | None = None

    def start(self) -> None:
        self._loop_task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        if self._loop_task is not None:
            self._loop_task.cancel()
            await asyncio.gather(self._loop_task, return_exceptions=True)

    def wake(self) -> None:
        """There is news about the tasks: start tracking if idle (a wait is not cut short)."""
        self._wake.set()

    def check_now(self) -> None:
        """The user asks: check every unfinished task now, whatever the wait."""
        self._check_now.set()
        self._wake.set()

    def status(self) -> TrackingStatus:
        return self._status

    async def _run(self) -> None:
        while True:
            due = self._tasks.due()
            if not due:
                self._report(TrackingStatus(Tracking.IDLE))
                self._wake.clear()
                await self._wake.wait()
                continue
            self._check_now.clear()
            if self._status.next_check_at is not None:  # "checking now", not "in 0 s"
                self._report(replace(self._status, next_check_at=None))
            try:
                kind, delay, detail = await self._poll_once(due)
                await self._mark_stale()
            except Exception as exc:  # a bug must not end tracking for good: report, go on
                asyncio.get_running_loop().call_exception_handler(
                    {"message": "polling failed", "exception": exc})
                kind, delay, detail = Tracking.TROUBLE, self._delay_after_failure(None), ""
            count = len(self._tasks.due())
            if kind is Tracking.OK and not count:
                continue  # nothing left: the idle wait
            self._report(TrackingStatus(kind, count, self._clock() + delay, detail))
            await self._pause(delay)

    async def _pause(self, delay: float) -> None:
        with contextlib.suppress(TimeoutError):  # the wait ran out: the usual way
            await asyncio.wait_for(self._check_now.wait(), delay)

    async def _poll_once(self, due: list[Task]) -> tuple[Tracking, float, str]:
        """Ask about every due task: how it went, and how long to wait before the next round."""
        by_id = {t.task_id: t for t in due}
        ids = list(by_id)
        answered: set[str] = set()
        try:
            for start in range(0, len(ids), BATCH_LIMIT):
                chunk = ids[start:start + BATCH_LIMIT]
                for record in await self._records(chunk):
                    task = by_id.get(record.get("id"))
                    if task is not None:
                        answered.add(task.task_id)
                        await self._tasks.apply_record(task, record)
            await self._note_missing([by_id[i] for i in ids if i not in answered])
        except (AuthenticationError, TokenMismatchError) as exc:
            return Tracking.TOKEN, self._delay_after_failure(None), exc.code or str(exc.status)
        except RateLimitError as exc:
            return Tracking.BUSY, self._delay_after_failure(exc.retry_after), ""
        except TransportError as exc:
            log.info("poll failed: %s", exc)
            return Tracking.OFFLINE, self._delay_after_failure(None), ""
        except HailuoError as exc:
            log.info("poll failed: %s", exc)
            return Tracking.TROUBLE, self._delay_after_failure(None), ""
        self._backoff.reset()
        return Tracking.OK, self._interval, ""

    async def _records(self, ids: list[str]) -> list[dict]:
        """The service's records of `ids`. A batch refused as "not found" is asked again one
        id at a time, so one task the service forgot does not hold back all the others."""
        try:
            return await self._client.retrieve_batch(ids)
        except NotFoundError:
            records = []
            for task_id in ids:
                try:
                    records.append(await self._client.retrieve(task_id))
                except NotFoundError:
                    continue
            return [r for r in records if isinstance(r, dict)]

    async def _note_missing(self, missing: list[Task]) -> None:
        """Tasks the service left out of its answers (or answered with nothing), round after
        round for `unknown_after` seconds, are ones it no longer knows: deleted in the console,
        say. Polling them would go on forever."""
        now = self._clock()
        still = {task.task_id for task in missing}
        self._missing = {i: since for i, since in self._missing.items() if i in still}
        for task in missing:
            since = self._missing.setdefault(task.task_id, now)
            if now - since >= self._unknown_after:
                del self._missing[task.task_id]
                await self._tasks.mark_unknown(task)

    def _delay_after_failure(self, retry_after: float | None) -> float:
        now = self._clock()
        young = any(now - (task.polling_since or task.created_at) < YOUNG_TASK_SECONDS
                    for task in self._tasks.due())
        cap = min(BACKOFF_CAP_SECONDS, self._interval * YOUNG_WAIT_INTERVALS) if young \
            else BACKOFF_CAP_SECONDS
        return self._backoff.next_delay(retry_after, cap=cap)

    def _report(self, status: TrackingStatus) -> None:
        self._status = status
        self.trackingChanged.emit(status)

    async def _mark_stale(self) -> None:
        now = self._clock()
        for task in self._tasks.due():
            since = task.polling_since or task.created_at
            if now - since > self._stale_after:
                await self._tasks.mark_stale(task)
