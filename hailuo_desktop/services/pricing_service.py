"""What a generation will cost, for the form beside the Generate button (platform-api.md §4).

The rules are public: they are fetched without a token at start, kept about ten minutes, and
asked again after a minute when fetching failed. A refetch that fails keeps the rules already
known (AceData changes them rarely); with none known, every price is unknown.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..api.platform import PlatformClient
from ..api.platform_errors import PlatformError
from ..domain.acedata import HAILUO_SERVICE_ID
from ..domain.pricing import Price, ServicePricing, price_of
from .periodic import Periodic

log = logging.getLogger(__name__)

MAX_AGE_SECONDS = 600.0
RETRY_SECONDS = 60.0


class PricingService(QObject):
    rulesChanged = Signal()  # prices may differ now: ask price_for again

    def __init__(self, client: PlatformClient, parent: QObject | None = None, *,
                 service_id: str = HAILUO_SERVICE_ID, max_age: float = MAX_AGE_SECONDS,
                 retry: float = RETRY_SECONDS):
        super().__init__(parent)
        self._client = client
        self._service_id = service_id
        self._max_age = max_age
        self._retry = retry
        self._pricing: ServicePricing | None = None
        self._periodic = Periodic(self._fetch, self)

    def start(self) -> None:
        self._periodic.due_in(0)

    def pricing(self) -> ServicePricing | None:
        return self._pricing

    def price_for(self, body: dict[str, Any], takes: int = 1) -> Price:
        """The price of sending this exact `/hailuo/videos` body `takes` times; its amount is
        None while the price is unknown."""
        return price_of(self._pricing, body, takes)

    async def shutdown(self) -> None:
        await self._periodic.stop()

    async def _fetch(self) -> float:
        try:
            pricing = await self._client.service_pricing(self._service_id)
        except PlatformError as exc:
            log.info("price rules not fetched: %s: %s", type(exc).__name__, exc)
            return self._retry
        if pricing != self._pricing:
            self._pricing = pricing
            self.rulesChanged.emit()
        return self._max_age
