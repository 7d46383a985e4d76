"""Looks for unconfirmed tasks at the service: right after a generate answer was lost, again
with growing pauses for about ten minutes, once at each start for the last day's rows, and
whenever the user asks. A row found becomes the real task and is tracked and saved like any
other; a row not found says that it was looked for. Nothing is ever sent again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..api.client import LIST_PAGE, HailuoClient
from ..api.errors import HailuoError
from ..domain import recovery
from ..domain.task import Task
from .jobs import Jobs

if TYPE_CHECKING:
    from .task_service import TaskService

log = logging.getLogger(__name__)

# Seconds before each search after a generate answer was lost: the service needs a moment to
# list a new task, and a connection that just broke may take a while to come back.
SEARCH_DELAYS = (2.0, 8.0, 20.0, 45.0, 90.0, 180.0, 300.0)
MAX_PAGES = 8  # 400 tasks around one moment: more than anyone starts by hand


class UnconfirmedFinder:
    def __init__(self, service: TaskService, client: HailuoClient, *,
                 clock: Callable[[], float], delays: tuple[float, ...] = SEARCH_DELAYS):
        self._service = service
        self._client = client
        self._clock = clock
        self._delays = delays
        self._rounds: asyncio.Task | None = None
        self._asked = Jobs("looking for an unconfirmed task")

    def start(self) -> None:
        """At start-up: look at once for what earlier runs left unconfirmed."""
        self._begin((0.0,))

    def wake(self) -> None:
        """A generate answer was just lost: search on the full schedule from now."""
        self._begin(self._delays)

    def look_now(self, local_id: str) -> None:
        """The user asks: search for this row now, however old it is."""
        task = self._service.find(local_id)
        if task is not None and recovery.is_findable(task):
            self._asked.spawn(self._search([task], final=True))

    async def stop(self) -> None:
        if self._rounds is not None:
            self._rounds.cancel()
            await asyncio.gather(self._rounds, return_exceptions=True)
        await self._asked.cancel()

    def _begin(self, delays: tuple[float, ...]) -> None:
        if self._rounds is not None:
            self._rounds.cancel()
        self._rounds = asyncio.get_running_loop().create_task(self._run(delays))

    def _recent(self) -> list[Task]:
        now = self._clock()
        return [t for t in self._service.tasks()
                if recovery.is_findable(t) and now - t.created_at < recovery.LOOK_BACK]

    async def _run(self, delays: tuple[float, ...]) -> None:
        for number, delay in enumerate(delays, start=1):
            await asyncio.sleep(delay)
            if not self._recent():
                return
            await self._search(self._recent(), final=number == len(delays))

    async def _search(self, tasks: list[Task], *, final: bool) -> None:
        """One look at the service's list. After the last look of a round, rows still not
        found say so."""
        after, before = recovery.window(tasks)
        account = self._service.account()
        records: list[dict[str, Any]] = []
        try:
            for page in range(MAX_PAGES):
                batch = await self._client.list_tasks(
                    created_after=after, created_before=before, limit=LIST_PAGE,
                    offset=page * LIST_PAGE, user_id=account.get("user_id"),
                    application_id=account.get("application_id"))
                records.extend(batch)
                if len(batch) < LIST_PAGE:
                    break
        except HailuoError as exc:
            log.info("looking for unconfirmed tasks failed: %s", exc)
            return
        known = {t.task_id for t in self._service.tasks() if t.task_id}
        found = recovery.match(tasks, records, known)
        for local_id, record in found.items():
            log.info("unconfirmed task %s found at the service as %s", local_id,
                     record.get("id"))
            await self._service.confirm(local_id, record)
        if final:
            for task in tasks:
                if task.local_id not in found and task.error_code != recovery.SEARCHED:
                    await self._service.update(task.local_id, error_code=recovery.SEARCHED)
