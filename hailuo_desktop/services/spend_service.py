"""What each video cost, from AceData's spend log (shared/platform-api.md §5).

Usage rows carry no task id: a task is matched to its row by trace id. What was learned is
kept in a small private file keyed by trace id (the task list's schema stays as it is), so a
settled charge is asked for once. Rows still being processed are asked again next time.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..api.platform import PlatformClient
from ..api.platform_errors import NoPlatformTokenError, PlatformError
from ..domain.acedata import HAILUO_VIDEOS_API_ID
from ..domain.fields import number
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.spend import (
    Charge,
    SpendTask,
    SpendText,
    charge_of,
    charge_words,
    csv_text,
    totals_by_day,
    totals_by_model,
)
from ..storage.private_json import read_json_object, write_json_object

log = logging.getLogger(__name__)

NO_TOKEN = QT_TRANSLATE_NOOP("SpendText", "Add a platform token to see what each video cost.")
# Rows are stamped by the platform's clock: look a little before the oldest task.
MARGIN_SECONDS = 600.0
MAX_PAGES = 20


class SpendService(QObject):
    spendChanged = Signal(str)  # "" when what could be learned was, else one sentence why not

    def __init__(self, client: PlatformClient, cache_path: Path,
                 parent: QObject | None = None, *, api_id: str = HAILUO_VIDEOS_API_ID):
        super().__init__(parent)
        self._client = client
        self._path = cache_path
        self._api_id = api_id
        self._charges: dict[str, Charge] = {}
        self._loaded = False
        self._wanted: list[SpendTask] = []
        self._job: asyncio.Task | None = None
        self._again = False
        self._closing = False

    # --- commands ------------------------------------------------------------------------
    def start(self) -> None:
        """Read what earlier runs learned; spendChanged follows."""
        self._kick()

    def refresh(self, tasks: Iterable[SpendTask | tuple]) -> None:
        """Learn the cost of these tasks, (local_id, trace_id, created_at[, model]) each."""
        self._wanted = [SpendTask(*task) for task in tasks]
        self._kick()

    async def shutdown(self) -> None:
        self._closing = True
        job = self._job
        if job is not None:
            job.cancel()
            await asyncio.gather(job, return_exceptions=True)

    # --- what is known -------------------------------------------------------------------
    def charge_of(self, trace_id: str | None) -> Charge | None:
        return self._charges.get(trace_id or "")

    def cost_text(self, trace_id: str | None) -> str:
        return charge_words(self.charge_of(trace_id))

    def totals_by_day(self, tasks: Iterable[SpendTask], zone: tzinfo | None = None
                      ) -> list[tuple[str, float]]:
        return totals_by_day(tasks, self._charges, zone)

    def totals_by_model(self, tasks: Iterable[SpendTask]) -> list[tuple[str, float]]:
        return totals_by_model(tasks, self._charges)

    def csv_text(self, tasks: Iterable[SpendTask], zone: tzinfo | None = None) -> str:
        """The spend of these tasks as CSV text; the caller writes the file."""
        return csv_text(tasks, self._charges, zone)

    # --- work ----------------------------------------------------------------------------
    def _kick(self) -> None:
        if self._closing:
            return
        if self._job is not None:
            self._again = True  # the tasks are taken when that run ends
            return
        self._job = asyncio.get_running_loop().create_task(self._run())
        self._job.add_done_callback(self._done)

    def _done(self, job: asyncio.Task) -> None:
        self._job = None
        if job.cancelled() or self._closing:
            return
        if job.exception() is not None:
            job.get_loop().call_exception_handler(
                {"message": "the spend log failed unexpectedly", "exception": job.exception()})
        elif self._again:
            self._again = False
            self._kick()

    async def _run(self) -> None:
        if not self._loaded:
            self._charges = {**_read(await asyncio.to_thread(read_json_object, self._path)),
                             **self._charges}
            self._loaded = True
        tasks, self._wanted = self._wanted, []
        missing = {task.trace_id: task for task in tasks if task.trace_id and not (
            (charge := self._charges.get(task.trace_id)) and charge.settled)}
        sentence = await self._learn(missing) if missing else ""
        self.spendChanged.emit(sentence)

    async def _learn(self, missing: dict[str, SpendTask]) -> str:
        found: dict[str, Charge] = {}
        sentence = ""
        try:
            user_id = await self._client.user_id()
            since = min(task.created_at for task in missing.values()) - MARGIN_SECONDS
            offset = 0
            for _ in range(MAX_PAGES):
                page = await self._client.usage(user_id, self._api_id, since, offset=offset)
                found.update((row.trace_id, charge_of(row)) for row in page.rows
                             if row.trace_id in missing)
                offset += len(page.rows)
                if not page.rows or offset >= page.count or found.keys() >= missing.keys():
                    break
        except NoPlatformTokenError:
            sentence = SpendText.tr(NO_TOKEN)
        except PlatformError as exc:
            log.info("spend log not read: %s: %s", type(exc).__name__, exc)
            sentence = exc.sentence
        if found:
            self._charges.update(found)
            await self._save()
        return sentence

    async def _save(self) -> None:
        settled = {trace_id: {"amount": charge.amount, "status_code": charge.status_code}
                   for trace_id, charge in self._charges.items() if charge.settled}
        try:
            await asyncio.to_thread(write_json_object, self._path,
                                    {"version": 1, "charges": settled})
        except OSError as exc:
            log.warning("the spend cache was not written: %s", exc)


def _read(stored: dict) -> dict[str, Charge]:
    charges = stored.get("charges")
    if not isinstance(charges, dict):
        return {}
    found = {}
    for trace_id, item in charges.items():
        status = item.get("status_code") if isinstance(item, dict) else None
        amount = number(item.get("amount")) if isinstance(item, dict) else None
        if isinstance(status, int) and not isinstance(status, bool) and amount is not None:
            found[trace_id] = Charge(amount, status)
    return found
