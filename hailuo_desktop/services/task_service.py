"""The task service owns every generation: it submits, records, and says what happened.

Its events carry meaning, so that no view keeps a copy of the tasks to find out what changed:
`tasksAdded` (the ledger's tasks at start, in one batch; then each new one), `taskChanged`
(the task as it is now and the names of the fields that changed), `taskFinished` (a task
watched while running reached Done or Failed) and `tasksRemoved`. Views adapt these; nothing
else writes tasks.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections import Counter
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
from ..domain.i18n import Context
from ..domain.outcome import read_outcome, task_changes
from ..domain.task import GenerationRequest, Task, TaskState
from ..storage.ledger import Ledger, LedgerError
from .jobs import Jobs
from .poller import UNKNOWN_AFTER, Poller
from .unconfirmed_finder import SEARCH_DELAYS, UnconfirmedFinder

log = logging.getLogger(__name__)

DEFAULT_MAX_RUNNING = 3
TaskLimits = Context("TaskLimits")
UPDATE_SLICE = 200  # tasks changed between two looks at the event loop


def too_many(running: int, asked: int, most: int) -> str:
    """Why `asked` more generations can't start while `running` are, with `most` allowed."""
    if running == 0:
        return TaskLimits.tr("Settings allow %n video(s) at once, fewer than the {asked} asked "
                             "for. Ask for fewer, or raise the limit in Settings.", "",
                             most).format(asked=asked)
    if asked == 1:
        return TaskLimits.tr("%n video(s) already being made, the most Settings allow at once. "
                             "Wait for one to finish, or raise the limit in Settings.", "",
                             running)
    return TaskLimits.tr("%n video(s) already being made; {asked} more would pass the {most} "
                         "Settings allow at once. Wait, ask for fewer, or raise the limit in "
                         "Settings.", "", running).format(asked=asked, most=most)


class TaskService(QObject):
    # object, not list: a list would be copied item by item into Qt's types and back (10,000
    # tasks at start).
    tasksAdded = Signal(object)           # [Task]
    taskChanged = Signal(object, object)  # Task as it is now, frozenset[str] of changed fields
    taskFinished = Signal(object)         # Task that just reached Done or Failed
    tasksRemoved = Signal(object)         # [local id]
    submittingChanged = Signal(bool)

    def __init__(self, client: HailuoClient, ledger: Ledger, *,
                 poll_interval: float, stale_after: float,
                 clock: Callable[[], float] = time.time, parent: QObject | None = None,
                 search_delays: tuple[float, ...] = SEARCH_DELAYS,
                 max_running: int = DEFAULT_MAX_RUNNING, unknown_after: float = UNKNOWN_AFTER):
        super().__init__(parent)
        self._client = client
        self._ledger = ledger
        self._clock = clock
        self._max_running = max_running
        self._tasks: dict[str, Task] = {}  # in the order they were added
        # Removed from the list in this run, as they are now: Undo brings them back from here.
        self._removed: dict[str, Task] = {}
        self._counts: Counter[TaskState] = Counter()
        self._loaded = asyncio.Event()
        self._waiting = 0  # submissions made before the ledger was loaded
        self._sending = 0  # submissions not yet recorded (what the form waits for)
        self._account: dict[str, str] = {}  # user and application ids the service reported
        self._submissions = Jobs("submitting a task")
        self._writes = Jobs("recording a task")
        self.poller = Poller(self, client, interval=poll_interval, stale_after=stale_after,
                             clock=clock, unknown_after=unknown_after, parent=self)
        self._finder = UnconfirmedFinder(self, client, clock=clock, delays=search_delays)

    # --- reading -------------------------------------------------------------------------
    def count(self) -> int:
        return len(self._tasks)

    def tasks(self) -> list[Task]:
        return list(self._tasks.values())

    def find(self, local_id: str) -> Task | None:
        return self._tasks.get(local_id)

    def counts(self) -> Counter[TaskState]:
        """How many tasks are in each state, kept as tasks change (never a recount)."""
        return Counter(self._counts)

    def running(self) -> int:
        return sum(self._counts[state] for state in TaskState if state.is_running)

    def is_submitting(self) -> bool:
        return bool(self._submissions)

    def now(self) -> float:
        return self._clock()

    def account(self) -> dict[str, str]:
        return dict(self._account)

    # --- life cycle ----------------------------------------------------------------------
    async def start(self) -> None:
        """Load the ledger and resume tracking what was unfinished when the app last closed."""
        # Rows the user removed stay in the ledger (Undo, and the order of a removal), not in
        # the list.
        loaded = [task for task in await self._ledger.load_all() if task.removed_at is None]
        now = self._clock()
        for index, task in enumerate(loaded):
            if task.state is TaskState.SUBMITTING:
                # The app stopped between sending the request and recording the answer.
                loaded[index] = task.evolve(state=TaskState.UNCONFIRMED,
                                            error_code="unconfirmed", updated_at=now)
                await self._ledger.save(loaded[index])
        self._account = await self._ledger.load_meta()
        self._add(loaded)
        self._loaded.set()
        self.poller.start()
        self._finder.start()

    async def shutdown(self) -> None:
        """Let submissions in flight record their answer (they may be paid), then stop polling."""
        await self._submissions.wait(timeout=15)
        await self.poller.stop()
        await self._finder.stop()
        # Changes reported by others (downloads, posters) reach the ledger before it closes.
        await self._writes.wait()

    # --- commands ------------------------------------------------------------------------
    def set_max_running(self, most: int) -> None:
        self._max_running = most

    def submit(self, request: GenerationRequest, copies: int = 1, *,
               continues_from: str | None = None,
               first_frame_name: str | None = None) -> str | None:
        """Start `copies` generations of `request`; None, or the sentence saying why not.
        `continues_from` (the local id of the clip whose frame it starts on) and
        `first_frame_name` (the picture's own file name) are recorded with each take."""
        running = self.running() + self._waiting
        if running + copies > self._max_running:
            return too_many(running, copies, self._max_running)
        group = uuid.uuid4().hex if copies > 1 else None
        origin = {"continues_from": continues_from, "first_frame_name": first_frame_name}
        for number in range(1, copies + 1):
            take = {"group_id": group, "take_number": number} if group else {}
            self._sending += 1
            self._submissions.spawn(self._submit(request, {**take, **origin}))
        self.submittingChanged.emit(True)
        return None

    def refresh(self, local_id: str) -> None:
        """The user asks to check a stale or gone task again: it gets a fresh polling window."""
        task = self.find(local_id)
        if task is not None and task.state.can_check_again and task.task_id:
            self._writes.spawn(self.update(local_id, state=TaskState.PENDING,
                                           polling_since=self._clock(), error_code=None,
                                           error_message=None))

    def look_for(self, local_id: str) -> None:
        """The user asks to look for an unconfirmed task at the service now."""
        self._finder.look_now(local_id)

    def apply(self, local_id: str, **changes) -> None:
        """Record a change from another part (it may not await); written in order."""
        self._writes.spawn(self.update_known(local_id, **changes))

    async def update(self, local_id: str, **changes) -> Task | None:
        """Change one task: memory first (the views see it at once), then the ledger. A task
        removed meanwhile keeps its news too (a submission's answer, say), for Undo."""
        if local_id in self._removed:
            task = self._removed[local_id] = self._removed[local_id].evolve(**changes)
            await self._ledger.save(task)
            return None
        if local_id not in self._tasks:
            return None
        task = self._change(local_id, changes)
        if task is not None:
            await self._ledger.save(task)
        return self._tasks.get(local_id)

    async def update_many(self, changes: dict[str, dict]) -> None:
        """Change many tasks (after the library folder vanished, say) in slices, one ledger
        transaction each, so the window keeps answering however many there are."""
        known = [local_id for local_id in changes if local_id in self._tasks]
        for start in range(0, len(known), UPDATE_SLICE):
            changed = [self._change(local_id, changes[local_id])
                       for local_id in known[start:start + UPDATE_SLICE]]
            await self._ledger.save_many([task for task in changed if task is not None])

    def _change(self, local_id: str, changes: dict) -> Task | None:
        """The new task in memory, with its news told; None when nothing changed."""
        before = self._tasks[local_id]
        changed = frozenset(name for name, value in changes.items()
                            if getattr(before, name) != value)
        if not changed:
            return None
        task = before.evolve(updated_at=self._clock(), **changes)
        self._tasks[local_id] = task
        if task.state is not before.state:
            self._counts[before.state] -= 1
            self._counts[task.state] += 1
        self.taskChanged.emit(task, changed)
        if before.state.is_running and task.state in (TaskState.SUCCEEDED, TaskState.FAILED):
            self.taskFinished.emit(task)
        if task.state.is_polled:
            self.poller.wake()
        return task

    async def update_known(self, local_id: str, **changes) -> Task | None:
        """`update`, for writers that may outlive a task's row (a save under way)."""
        if local_id not in self._tasks:
            return None
        return await self.update(local_id, **changes)

    # --- removal -------------------------------------------------------------------------
    async def remove(self, local_ids: list[str]) -> list[Task]:
        """Take tasks off the list: recorded in the ledger first, then told (`tasksRemoved`).
        A task still running at the service is no longer followed. Returns the removed tasks;
        raises LedgerError (and removes nothing) when the ledger can't record it."""
        now = self._clock()
        gone = [self._tasks.pop(i).evolve(removed_at=now) for i in dict.fromkeys(local_ids)
                if i in self._tasks]
        for task in gone:
            # Out of memory at once: news arriving meanwhile goes to the removed copy.
            self._removed[task.local_id] = task
            self._counts[task.state] -= 1
        try:
            await self._ledger.save_many(gone)
        except LedgerError:
            for task in gone:   # nothing removed after all
                del self._removed[task.local_id]
                self._tasks[task.local_id] = task.evolve(removed_at=None)
                self._counts[task.state] += 1
            raise
        self.tasksRemoved.emit([task.local_id for task in gone])
        return gone

    async def restore(self, local_ids: list[str]) -> list[Task]:
        """Bring removed tasks back (Undo): in the ledger first, then in the list."""
        ids = [i for i in dict.fromkeys(local_ids) if i in self._removed]
        # Cleared before the write: news arriving meanwhile is saved as listed, too.
        for local_id in ids:
            self._removed[local_id] = self._removed[local_id].evolve(removed_at=None)
        try:
            await self._ledger.save_many([self._removed[i] for i in ids])
        except LedgerError:
            now = self._clock()
            for local_id in ids:
                self._removed[local_id] = self._removed[local_id].evolve(removed_at=now)
            raise
        back = [self._removed.pop(i) for i in ids]
        self._add(back)
        if any(task.state.is_polled for task in back):
            self.poller.wake()
        return back

    # --- what the service told us --------------------------------------------------------
    def remember_account(self, record: dict) -> None:
        """Keep the ids a task record carries: the task list is asked for with them."""
        ids = {key: record[key] for key in ("user_id", "application_id")
               if isinstance(record.get(key), str) and record[key]}
        if ids and any(self._account.get(k) != v for k, v in ids.items()):
            self._account.update(ids)
            self._writes.spawn(self._ledger.save_meta(ids))

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

    # --- what the poller needs -----------------------------------------------------------
    def due(self) -> list[Task]:
        """Tasks whose progress to ask the service about."""
        return [t for t in self._tasks.values() if t.state.is_polled and t.task_id]

    async def apply_record(self, task: Task, record: dict) -> None:
        self.remember_account(record)
        if task.local_id in self._tasks:
            await self.update(task.local_id,
                              **task_changes(task, read_outcome(record), self._clock()))

    async def mark_stale(self, task: Task) -> None:
        await self.update_known(task.local_id, state=TaskState.STALE, error_code="stale")

    async def mark_unknown(self, task: Task) -> None:
        await self.update_known(task.local_id, state=TaskState.GONE, error_code="unknown_task")

    # --- internals -----------------------------------------------------------------------
    def _add(self, tasks: list[Task]) -> None:
        for task in tasks:
            self._tasks[task.local_id] = task
            self._counts[task.state] += 1
        self.tasksAdded.emit(tasks)

    async def _submit(self, request: GenerationRequest, take: dict) -> None:
        try:
            if not self._loaded.is_set():  # starting up: the click is kept, not lost
                self._waiting += 1
                try:
                    await self._loaded.wait()
                finally:
                    self._waiting -= 1
            await self._send(request, take)
        finally:
            # Counted here, not by the jobs still held: takes that end on the same turn of
            # the loop are all still held, and none of them would say "done".
            self._sending -= 1
            self.submittingChanged.emit(self._sending > 0)

    async def _send(self, request: GenerationRequest, take: dict) -> None:
        now = self._clock()
        task = Task(request=request, created_at=now, updated_at=now, polling_since=now, **take)
        self._add([task])
        # On disk before the request leaves: a crash from here on leaves a trace to explain.
        try:
            await self._ledger.save(task)
        except LedgerError as exc:
            log.error("not sent, the ledger refused the task: %s", exc)
            failed = task.evolve(state=TaskState.FAILED, error_code="ledger",
                                 error_message=str(exc))
            self._tasks[task.local_id] = failed
            self._counts[task.state] -= 1
            self._counts[failed.state] += 1
            self.taskChanged.emit(failed, frozenset({"state", "error_code", "error_message"}))
            return
        try:
            submission = await self._client.generate(request)
        except ConnectionFailedError as exc:
            log.info("generate not sent: %s", exc)
            await self._fail(task.local_id, "offline", None)
        except (OutcomeUnknownError, MalformedResponseError) as exc:
            log.warning("generate outcome unknown: %s", exc)
            code = "unreadable" if isinstance(exc, MalformedResponseError) else "unconfirmed"
            await self._lost(task.local_id, code)
        except ApiError as exc:
            log.info("generate refused: %s", exc)
            await self._fail(task.local_id, messages.code_for(exc.status, exc.code),
                             exc.message, trace_id=exc.trace_id)
        except Exception:
            # Unknown failure after the request may have left: never leave it "submitting".
            await self._lost(task.local_id, "unconfirmed")
            raise
        else:
            await self.update(task.local_id, state=TaskState.PENDING,
                              task_id=submission.task_id, trace_id=submission.trace_id)

    async def _lost(self, local_id: str, code: str) -> None:
        """The answer to a generate request was lost: it may have started a paid task."""
        await self.update(local_id, state=TaskState.UNCONFIRMED, error_code=code,
                          error_message=None)
        self._finder.wake()

    async def _fail(self, local_id: str, code: str, message: str | None, *,
                    trace_id: str | None = None) -> None:
        await self.update(local_id, state=TaskState.FAILED, error_code=code,
                          error_message=message, trace_id=trace_id, finished_at=self._clock())
