"""The spend log (shared/platform-api.md §5): one usage row per API call, joined to a task by
its trace id, since rows carry no task id."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .fields import iso_timestamp, number, text


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
