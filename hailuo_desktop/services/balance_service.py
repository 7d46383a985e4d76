"""The Hailuo balance for a badge (shared/platform-api.md §3).

Refreshed at start, every five minutes, and soon after a task ends (`refreshSoon`, which the
task list calls; bursts become one refresh, at most one per 30 seconds). Each refresh asks who
the platform token belongs to (once per token) and the account's applications.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from ..api.platform import PlatformClient
from ..api.platform_errors import (
    NoPlatformTokenError,
    PlatformAuthError,
    PlatformError,
    PlatformPermissionError,
)
from ..domain.balance import Balance, BalanceText, describe
from ..domain.i18n import QT_TRANSLATE_NOOP
from .periodic import Periodic

log = logging.getLogger(__name__)

NO_TOKEN = QT_TRANSLATE_NOOP("BalanceText", "Add a platform token to see your balance.")
PERIOD_SECONDS = 300.0
MIN_GAP_SECONDS = 30.0


class BalanceService(QObject):
    # The balance (a domain.balance.Balance) or None when unknown, and one sentence about it.
    balanceChanged = Signal(object, str)

    def __init__(self, client: PlatformClient, parent: QObject | None = None, *,
                 period: float = PERIOD_SECONDS, min_gap: float = MIN_GAP_SECONDS,
                 clock: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self._client = client
        self._period = period
        self._min_gap = min_gap
        self._clock = clock
        self._last_start: float | None = None
        self._balance: Balance | None = None
        self._periodic = Periodic(self._refresh, self)

    def balance(self) -> Balance | None:
        return self._balance

    def start(self) -> None:
        self._periodic.due_in(0)

    @Slot()
    def refreshSoon(self) -> None:
        """A task ended: refresh, but not sooner than 30 s after the last refresh began."""
        since = None if self._last_start is None else self._clock() - self._last_start
        self._periodic.due_in(0 if since is None else max(0.0, self._min_gap - since))

    async def shutdown(self) -> None:
        await self._periodic.stop()

    async def _refresh(self) -> float:
        self._last_start = self._clock()
        try:
            user_id = await self._client.user_id()
            balance = await self._client.hailuo_balance(user_id)
        except NoPlatformTokenError:
            self._set(None, BalanceText.tr(NO_TOKEN))
        except (PlatformAuthError, PlatformPermissionError) as exc:
            self._set(None, exc.sentence)
        except PlatformError as exc:
            log.info("balance not refreshed: %s: %s", type(exc).__name__, exc)
            self._set(self._balance, exc.sentence)  # the last known figure still holds
        else:
            self._set(balance, describe(balance))
        return self._period

    def _set(self, balance: Balance | None, sentence: str) -> None:
        self._balance = balance
        self.balanceChanged.emit(balance, sentence)
