"""Credits: the balance a generate needs, the debit when a task succeeds, the spend log.

The balances are the ``balance`` / ``global_balance`` fault switches, so a test or a demo can
set them at any time. As AceData's billing FAQ says, a generation is charged when its task
succeeds (failed tasks cost nothing): the Hailuo application first, then the Global one when
its ``allow_consume_global`` is true. Tasks end by the clock with no thread to notice, so
``settle`` charges every task that has ended since the last call, in the order they ended; the
request handler calls it before answering anything. Usage rows and the spend so far last for
one run of the simulator, like the balance switches.
"""

from __future__ import annotations

import dataclasses
import threading
import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from . import pricing
from .protocol import ApiError
from .store import SUCCEEDED, Task

if TYPE_CHECKING:
    from .faults import Faults

USED_UP_MESSAGE = (
    "Your balance is not sufficient for current request, please buy more in Ace Data Cloud."
)
CREATED_AT = "2026-06-28T09:15:44Z"  # when the simulated applications were "made"


def iso(timestamp: float) -> str:
    return (
        datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    )


@dataclasses.dataclass
class UsageRow:
    """One generate call in the spend log; ``status_code`` stays None until its task ends."""

    id: str
    task: Task
    price: float
    status_code: int | None = None
    deducted: float = 0.0
    remaining: float | None = None
    used: float | None = None


class Billing:
    """Thread-safe: balances (in ``faults``), what each application has used, usage rows."""

    def __init__(self, faults: Faults, owner: dict[str, str]) -> None:
        self._faults = faults
        self._owner = owner
        self._lock = threading.Lock()
        self._rows: list[UsageRow] = []
        self._used = {"balance": 0.0, "global_balance": 0.0}

    def _sources(self) -> tuple[str, ...]:
        if self._faults.keep_global_balance:
            return ("balance",)
        return ("balance", "global_balance")

    def spendable(self) -> float:
        """The Hailuo balance plus the Global one when it may be drawn on (platform-api §3)."""
        return sum(max(0.0, getattr(self._faults, name)) for name in self._sources())

    def check_affordable(self, request: dict[str, Any]) -> None:
        """Refuse a generate the account cannot pay for, as the service does: 403 used_up."""
        if self._faults.used_up or self.spendable() < pricing.price_of(request):
            raise ApiError(403, "used_up", USED_UP_MESSAGE)

    def open(self, task: Task) -> None:
        """Start the usage row of an accepted generate call."""
        row = UsageRow(str(uuid.uuid4()), task, pricing.price_of(task.request))
        with self._lock:
            self._rows.append(row)

    def settle(self, now: float) -> None:
        """Charge every task that has ended since the last call, in the order they ended."""
        with self._lock:
            ended = [r for r in self._rows if r.status_code is None and r.task.finished_at <= now]
            for row in sorted(ended, key=lambda r: r.task.finished_at):
                if row.task.phase(now) == SUCCEEDED:
                    for name, amount in self._faults.draw(row.price, self._sources()).items():
                        self._used[name] += amount
                    row.deducted = row.price
                row.status_code = 200
                row.remaining = self._faults.balance
                row.used = self._used["balance"] + self._used["global_balance"]

    def rows(self) -> list[UsageRow]:
        with self._lock:
            return [dataclasses.replace(row) for row in self._rows]

    def applications(self) -> list[dict[str, Any]]:
        """The owner's applications: the Hailuo one and the Global (general) one."""
        owner, faults = self._owner, self._faults
        with self._lock:
            used_here = self._used["balance"] + self._used["global_balance"]
            used_global = self._used["global_balance"]
        common = {
            "user_id": owner["user_id"],
            "type": "Usage",
            "paid": False,
            "disabled": False,
            "expired_at": None,
            "credentials": [],
            "packages": [],
            "role": "owner",
            "created_at": CREATED_AT,
            "updated_at": CREATED_AT,
        }
        hailuo = {
            "id": owner["application_id"],
            "service_id": pricing.SERVICE_ID,
            "service": pricing.SERVICE_REF,
            "scope": "Individual",
            "remaining_amount": round(faults.balance, 4),
            "used_amount": round(used_here, 4),
            "allow_consume_global": not faults.keep_global_balance,
            **common,
        }
        general = {
            "id": owner["global_application_id"],
            "service_id": None,
            "service": None,
            "scope": "Global",
            "remaining_amount": round(faults.global_balance, 4),
            "used_amount": round(used_global, 4),
            "allow_consume_global": False,
            **common,
        }
        return [hailuo, general]

    def usage_item(self, row: UsageRow) -> dict[str, Any]:
        """A row as ``GET /api/v1/usage/apis/`` shows it (platform-api §5)."""
        task, owner = row.task, self._owner
        ended = row.status_code is not None
        return {
            "id": row.id,
            "api_id": pricing.API_ID,
            "api": pricing.API_REF,
            "service": pricing.SERVICE_REF,
            "application_id": owner["application_id"],
            "credential_id": owner["credential_id"],
            "credential": {"id": owner["credential_id"], "name": "simulator"},
            "status_code": row.status_code,
            "elapsed": round(task.finished_at - task.created_at, 3) if ended else None,
            "trace_id": task.trace_id,
            "created_at": iso(task.created_at),
            "original_amount": row.price,
            "deducted_amount": row.deducted,
            "remaining_amount": None if row.remaining is None else round(row.remaining, 4),
            "used_amount": None if row.used is None else round(row.used, 4),
            "metadata": {},
        }
