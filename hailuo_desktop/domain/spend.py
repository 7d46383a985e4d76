"""The spend log (shared/platform-api.md §5): one usage row per API call, joined to a task by
its trace id, since rows carry no task id."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any, NamedTuple

from .fields import iso_timestamp, number, text
from .i18n import Context
from .pricing import credits_text
from .task import Task, TaskState

SpendText = Context("SpendText")


@dataclass(frozen=True)
class UsageRow:
    id: str
    trace_id: str | None
    status_code: int | None  # None while the call is still being processed
    deducted: float          # credits charged
    created_at: float | None
    remaining: float | None  # the balance after this call


def usage_row_from_json(item: Any) -> UsageRow | None:
    if not isinstance(item, dict) or text(item.get("id")) is None:
        return None
    status = item.get("status_code")
    return UsageRow(
        id=text(item.get("id")) or "",
        trace_id=text(item.get("trace_id")),
        status_code=status if isinstance(status, int) and not isinstance(status, bool) else None,
        deducted=number(item.get("deducted_amount")) or 0.0,
        created_at=iso_timestamp(item.get("created_at")),
        remaining=number(item.get("remaining_amount")),
    )


@dataclass(frozen=True)
class UsagePage:
    count: int  # rows matching the query in all, over every page
    rows: tuple[UsageRow, ...]


class SpendTask(NamedTuple):
    """A task as the spend log needs it; the model is optional (for totals by model)."""

    local_id: str
    trace_id: str | None
    created_at: float
    model: str = ""


def spend_tasks(tasks: Iterable[Task], since: float | None = None) -> list[SpendTask]:
    """The tasks the spend log can tell about: accepted by the service (a task id) with a
    trace id to match, and ended; made after `since` when given."""
    return [SpendTask(task.local_id, task.trace_id, task.created_at, task.request.model)
            for task in tasks
            if task.task_id and task.trace_id
            and task.state in (TaskState.SUCCEEDED, TaskState.FAILED)
            and (since is None or task.created_at >= since)]


@dataclass(frozen=True)
class Charge:
    """What the spend log says a task's generate call cost."""

    amount: float
    status_code: int | None  # None while the platform is still processing the call

    @property
    def settled(self) -> bool:
        return self.status_code is not None

    @property
    def charged(self) -> float:
        """The credits it really cost: nothing for a refused call or while processing."""
        if self.status_code is None or self.status_code >= 400 or self.amount <= 0:
            return 0.0
        return self.amount


def charge_of(row: UsageRow) -> Charge:
    return Charge(row.deducted, row.status_code)


def charge_words(charge: Charge | None, unit: str = "Credit") -> str:
    """`3.5 credits`, `not charged`, `processing`, or `not known yet` (no usage row found)."""
    if charge is None:
        return SpendText.tr("not known yet")
    if not charge.settled:
        return SpendText.tr("processing")
    if not charge.charged:
        return SpendText.tr("not charged")
    return credits_text(charge.charged, unit)


def _day(timestamp: float, zone: tzinfo | None) -> str:
    return datetime.fromtimestamp(timestamp, zone or datetime.now().astimezone().tzinfo
                                  ).date().isoformat()


def totals_by_day(tasks: Iterable[SpendTask], charges: Mapping[str, Charge],
                  zone: tzinfo | None = None) -> list[tuple[str, float]]:
    """Credits charged per day (`2026-11-02`, in `zone`, by default this computer's), oldest
    day first; days without a charge are left out."""
    totals: dict[str, float] = defaultdict(float)
    for task, charge in _charged(tasks, charges):
        totals[_day(task.created_at, zone)] += charge
    return sorted(totals.items())


def totals_by_model(tasks: Iterable[SpendTask], charges: Mapping[str, Charge]
                    ) -> list[tuple[str, float]]:
    """Credits charged per model, the most spent first."""
    totals: dict[str, float] = defaultdict(float)
    for task, charge in _charged(tasks, charges):
        totals[task.model or SpendText.tr("unknown model")] += charge
    return sorted(totals.items(), key=lambda item: (-item[1], item[0]))


def _charged(tasks: Iterable[SpendTask], charges: Mapping[str, Charge]
             ) -> Iterator[tuple[SpendTask, float]]:
    for task in tasks:
        charge = charges.get(task.trace_id or "")
        if charge is not None and charge.charged:
            yield task, charge.charged


CSV_COLUMNS = ("created", "task", "trace_id", "model", "cost", "credits")


def csv_text(tasks: Iterable[SpendTask], charges: Mapping[str, Charge],
             zone: tzinfo | None = None) -> str:
    """One row per task, for a spreadsheet: when, which, what it cost in words and in credits
    (empty when unknown)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for task in tasks:
        charge = charges.get(task.trace_id or "")
        created = datetime.fromtimestamp(
            task.created_at, zone or datetime.now().astimezone().tzinfo).isoformat(
            timespec="seconds")
        credits = "" if charge is None or not charge.settled else (
            f"{charge.charged:.6f}".rstrip("0").rstrip("."))
        writer.writerow((created, task.local_id, task.trace_id or "", task.model,
                         charge_words(charge), credits))
    return out.getvalue()
