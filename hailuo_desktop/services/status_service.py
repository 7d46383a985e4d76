"""Is Hailuo working at AceData? The status page's document, read at start and every 30
minutes (it is regenerated every 30 minutes), for a badge and the outage question."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..api.status_page import StatusPage
from ..domain.service_health import UNKNOWN_HEALTH, ServiceHealth, outage_question
from .periodic import Periodic

PERIOD_SECONDS = 1800.0


class StatusService(QObject):
    healthChanged = Signal(object)  # a domain.service_health.ServiceHealth

    def __init__(self, page: StatusPage, parent: QObject | None = None, *,
                 period: float = PERIOD_SECONDS):
        super().__init__(parent)
        self._page = page
        self._period = period
        self._health = UNKNOWN_HEALTH
        self._periodic = Periodic(self._read, self)

    def start(self) -> None:
        self._periodic.due_in(0)

    def health(self) -> ServiceHealth:
        return self._health

    def outage_question(self) -> str | None:
        """What to ask before generating while the page shows an outage; None otherwise."""
        return outage_question(self._health)

    async def shutdown(self) -> None:
        await self._periodic.stop()

    async def _read(self) -> float:
        self._health = await self._page.health()
        self.healthChanged.emit(self._health)
        return self._period
