"""The task service owns every generation: it submits, records, and tells the UI what changed.

Rows only ever get appended, so a row number stays valid for the life of the service; the table
model adapts these signals and nothing else writes tasks.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ..api.client import HailuoClient
from ..api.errors import (
    ApiError,
    ConnectionFailedError,
    HailuoError,
    MalformedResponseError,
    OutcomeUnknownError,
)
from ..domain import messages
from ..domain.outcome import read_outcome, task_changes
from ..domain.task import GenerationRequest, Task, TaskState
from ..storage.ledger import Ledger, LedgerError
from .poller import Poller
from .unconfirmed_finder import SEARCH_DELAYS, UnconfirmedFinder

log = logging.getLogger(__name__)


class TaskService(QObject):
    taskInserted = Signal(int)
    taskUpdated = Signal(int)
    submittingChanged = Signal(bool)
    # How tracking goes (a domain.tracking.TrackingStatus): status bar, offline banner.
    trackingChanged = Signal(object)

    def __init__(self, client: HailuoClient, ledger: Ledger, *,
                 poll_interval: float, stale_after: float,
                 clock: Callable[[], float] = time.time, parent: QObject | None = None,
                 search_delays: tuple[float, ...] = SEARCH_DELAYS):
        super().__init__(parent)
        self._client = client
        self._ledger = ledger
        self._clock = clock
        self._tasks: list[Task] = []
        self._rows: dict[str, int] = {}
        self._submissions: set[asyncio.Task] = set()
        self._writes: set[asyncio.Task] = set()
        self._account: dict[str, str] = {}  # user and application ids the service reported
        self._poller = Poller(self, client, interval=poll_interval, stale_after=stale_after,
                              clock=clock)
        self._finder = UnconfirmedFinder(self, client, clock=clock, delays=search_delays)

    # --- reading -------------------------------------------------------------------------
    def count(self) -> int:
        return len(self._tasks)

    def task_at(self, row: int) -> Task:
        return self._tasks[row]

    def find(self, local_id: str) -> Task | None:
        row = self._rows.get(local_id)
        return None if row is None else self._tasks[row]

    def row_of(self, local_id: str) -> int | None:
        return self._rows.get(local_id)

    def tasks(self) -> list[Task]:
        return list(self._tasks)

    def is_submitting(self) -> bool:
        return bool(self._submissions)

    def now(self) -> float:
        return self._clock()

    def account(self) -> dict[str, str]:
        return dict(self._account)

    # --- life cycle ----------------------------------------------------------------------
    async def start(self) -> None:
        """Load the ledger and resume tracking what was unfinished when the app last closed."""
        for task in await self._ledger.load_all():
            if task.state is TaskState.SUBMITTING:
                # The app stopped between sending the request and recording the answer.
                task = task.evolve(state=TaskState.UNCONFIRMED, error_code="unconfirmed",
                                   updated_at=self._clock())
                await self._ledger.save(task)
            self._append(task)
        self._account = await self._ledger.load_meta()
        self._poller.start()
        self._finder.start()

    async def shutdown(self) -> None:
        """Let submissions in flight record their answer (they may be paid), then stop polling."""
        if self._submissions:
            await asyncio.wait(set(self._submissions), timeout=15)
        for job in self._submissions:
            job.cancel()
        await asyncio.gather(*self._submissions, return_exceptions=True)
        await self._poller.stop()
        await self._finder.stop()
        # Changes reported by others (downloads, posters) reach the ledger before it closes.
        await asyncio.gather(*self._writes, return_exceptions=True)

    # --- commands ------------------------------------------------------------------------
    def submit(self, request: GenerationRequest) -> None:
        job = asyncio.get_running_loop().create_task(self._submit(request))
        self._submissions.add(job)
        self.submittingChanged.emit(True)
        job.add_done_callback(self._submission_done)

    def refresh(self, local_id: str) -> None:
        """The user asks to check a stale task again: it gets a fresh polling window."""
        task = self.find(local_id)
        if task is not None and task.state is TaskState.STALE and task.task_id:
            self._poller.spawn(self.update(local_id, state=TaskState.PENDING,
                                           polling_since=self._clock(), error_code=None,
                                           error_message=None))

    def look_for(self, local_id: str) -> None:
        """The user asks to look for an unconfirmed task at the service now."""
        self._finder.look_now(local_id)

    def remember_account(self, record: dict) -> None:
        """Keep the ids a task record carries: the task list is asked for with them."""
        ids = {key: record[key] for key in ("user_id", "application_id")
               if isinstance(record.get(key), str) and record[key]}
        if ids and any(self._account.get(k) != v for k, v in ids.items()):
            self._account.update(ids)
            job = asyncio.get_running_loop().create_task(self._ledger.save_meta(ids))
            self._writes.add(job)
            job.add_done_callback(self._writes.discard)

    async def confirm(self, local_id: str, record: dict) -> None:
        """An unconfirmed row turned out to be this task at the service: follow it."""
        task = self.find(local_id)
        if task is None:
            return
        self.remember_account(record)
        found = task.evolve(task_id=record["id"])
        changes = task_changes(found, read_outcome(record), self._clock())
        await self.update(local_id, **{"task_id": record["id"], "error_code": None,
                                       "error_message": None,
                                       "polling_since": self._clock(), **changes})

    async def fresh_video_url(self, task: Task) -> str | None:
        """Ask the service for the task again: a finished task's link may have been renewed.
        None when it was not (or the service can't be asked now)."""
        if not task.task_id:
            return None
        try:
            record = await self._client.retrieve(task.task_id)
        except HailuoError as exc:
            log.info("no fresh link for %s: %s", task.local_id, exc)
            return None
        outcome = read_outcome(record)
        if outcome.state is not TaskState.SUCCEEDED or outcome.video_url == task.video_url:
            return None
        await self.update_known(task.local_id, video_url=outcome.video_url)
        return outcome.video_url

    async def update_known(self, local_id: str, **changes) -> Task | None:
        """`update`, for writers that may outlive a task's row (a save under way)."""
        if local_id not in self._rows:
            return None
        return await self.update(local_id, **changes)

    def apply(self, local_id: str, **changes) -> None:
        """Record a change from another service (it may not await); written in order."""
        job = asyncio.get_running_loop().create_task(self.update(local_id, **changes))
        self._writes.add(job)
        job.add_done_callback(self._writes.discard)

    async def update(self, local_id: str, **changes) -> Task:
        """Change one task: memory first (the UI sees it at once), then the ledger."""
        row = self._rows[local_id]
        task = self._tasks[row].evolve(updated_at=self._clock(), **changes)
        self._tasks[row] = task
        self.taskUpdated.emit(row)
        if task.state.is_polled:
            self._poller.wake()
        await self._ledger.save(task)
        return task

    # --- internals -----------------------------------------------------------------------
    def _append(self, task: Task) -> None:
        self._rows[task.local_id] = len(self._tasks)
        self._tasks.append(task)
        self.taskInserted.emit(len(self._tasks) - 1)

    def _submission_done(self, job: asyncio.Task) -> None:
        self._submissions.discard(job)
        self.submittingChanged.emit(bool(self._submissions))
        if not job.cancelled() and job.exception() is not None:
            job.get_loop().call_exception_handler(
                {"message": "submitting a task failed", "exception": job.exception()})

    async def _submit(self, request: GenerationRequest) -> None:
        now = self._clock()
        task = Task(request=request, created_at=now, updated_at=now, polling_since=now)
        self._append(task)
        # On disk before the request leaves: a crash from here on leaves a trace to explain.
        try:
            await self._ledger.save(task)
        except LedgerError as exc:
            log.error("not sent, the ledger refused the task: %s", exc)
            self._tasks[self._rows[task.local_id]] = task.evolve(
                state=TaskState.FAILED, error_code="ledger", error_message=str(exc))
            self.taskUpdated.emit(self._rows[task.local_id])
            return
        try:
            submission = await self._client.generate(request)
        except ConnectionFailedError as exc:
            log.info("generate not sent: %s", exc)
            await self._fail(task.local_id, "offline", str(exc))
        except OutcomeUnknownError as exc:
            log.warning("generate outcome unknown: %s", exc)
            await self.update(task.local_id, state=TaskState.UNCONFIRMED,
                              error_code="unconfirmed", error_message=None)
            self._finder.wake()
        except MalformedResponseError as exc:
            log.warning("generate answer unreadable: %s", exc)
            await self.update(task.local_id, state=TaskState.UNCONFIRMED,
                              error_code="unreadable", error_message=None)
            self._finder.wake()
        except ApiError as exc:
            log.info("generate refused: %s", exc)
            await self._fail(task.local_id, messages.code_for(exc.status, exc.code),
                             exc.message, trace_id=exc.trace_id)
        except Exception:
            # Unknown failure after the request may have left: never leave it "submitting".
            await self.update(task.local_id, state=TaskState.UNCONFIRMED,
                              error_code="unconfirmed")
            self._finder.wake()
            raise
        else:
            await self.update(task.local_id, state=TaskState.PENDING,
                              task_id=submission.task_id, trace_id=submission.trace_id)

    async def _fail(self, local_id: str, code: str, message: str | None, *,
                    trace_id: str | None = None) -> None:
        await self.update(local_id, state=TaskState.FAILED, error_code=code,
                          error_message=message, trace_id=trace_id, finished_at=self._clock())
