"""Is Hailuo working at AceData right now? Read from the status page's document
(shared/platform-api.md §6), and the sentences that say so.

The document has no generation time: its newest slot is the time it was made, floored to the
slot. A service the document leaves out (too few requests, or excluded), a document that
cannot be read, and one whose newest slot ended more than two hours ago all read as unknown,
and unknown is never healthy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .acedata import HAILUO_SERVICE_ALIAS, HAILUO_SERVICE_ID
from .fields import iso_timestamp, text
from .i18n import QT_TRANSLATE_NOOP, Context

HealthText = Context("HealthText")

OPERATIONAL, DEGRADED = "operational", "degraded"
PARTIAL_OUTAGE, MAJOR_OUTAGE, UNKNOWN = "partial_outage", "major_outage", "unknown"
STALE_AFTER_SECONDS = 2 * 3600
# Minutes per slot for each granularity the status page writes.
_SLOT_MINUTES = {"quarter": 15, "2hour": 120, "8hour": 480, "daily": 1440}
# Whole sentences, translated where they are said (HealthText.tr).
_OUTAGE_QUESTIONS = {
    PARTIAL_OUTAGE: QT_TRANSLATE_NOOP(
        "HealthText", "AceData's status page shows Hailuo in a partial outage. Generate anyway?"),
    MAJOR_OUTAGE: QT_TRANSLATE_NOOP(
        "HealthText", "AceData's status page shows Hailuo in a major outage. Generate anyway?"),
}
_OUTAGE_QUESTIONS_WITH_FIGURES = {
    PARTIAL_OUTAGE: QT_TRANSLATE_NOOP(
        "HealthText", "AceData's status page shows Hailuo in a partial outage: {figures}. "
                      "Generate anyway?"),
    MAJOR_OUTAGE: QT_TRANSLATE_NOOP(
        "HealthText", "AceData's status page shows Hailuo in a major outage: {figures}. "
                      "Generate anyway?"),
}
_STATE_WORDS = {
    OPERATIONAL: QT_TRANSLATE_NOOP("HealthText", "Hailuo is working normally at AceData."),
    DEGRADED: QT_TRANSLATE_NOOP("HealthText",
                                "Hailuo is failing more often than usual at AceData."),
    PARTIAL_OUTAGE: QT_TRANSLATE_NOOP("HealthText", "Hailuo is in a partial outage at AceData."),
    MAJOR_OUTAGE: QT_TRANSLATE_NOOP("HealthText", "Hailuo is in a major outage at AceData."),
}
_STATE_WORDS_WITH_FIGURES = {
    OPERATIONAL: QT_TRANSLATE_NOOP("HealthText",
                                   "Hailuo is working normally at AceData: {figures}."),
    DEGRADED: QT_TRANSLATE_NOOP(
        "HealthText", "Hailuo is failing more often than usual at AceData: {figures}."),
    PARTIAL_OUTAGE: QT_TRANSLATE_NOOP("HealthText",
                                      "Hailuo is in a partial outage at AceData: {figures}."),
    MAJOR_OUTAGE: QT_TRANSLATE_NOOP("HealthText",
                                    "Hailuo is in a major outage at AceData: {figures}."),
}


@dataclass(frozen=True)
class ServiceHealth:
    status: str                 # operational, degraded, partial_outage, major_outage, unknown
    success_rate: float | None  # 0..1 over the document's window; None without requests
    requests: int
    as_of: float | None         # Unix time of the document's newest slot
    succeeded: int = 0
    window_hours: float = 24.0

    @property
    def healthy(self) -> bool:
        return self.status == OPERATIONAL

    @property
    def outage(self) -> bool:
        return self.status in _OUTAGE_QUESTIONS


UNKNOWN_HEALTH = ServiceHealth(UNKNOWN, None, 0, None)


def health_from_document(document: Any, now: float, service_id: str = HAILUO_SERVICE_ID,
                         alias: str = HAILUO_SERVICE_ALIAS) -> ServiceHealth:
    if not isinstance(document, dict) or not isinstance(document.get("services"), list):
        return UNKNOWN_HEALTH
    entry = next((item for item in document["services"] if isinstance(item, dict) and (
        item.get("service_id") == service_id or item.get("service_alias") == alias)), None)
    slots = entry.get("daily") if entry is not None else None
    if not isinstance(slots, list):
        return UNKNOWN_HEALTH
    slots = [slot for slot in slots if isinstance(slot, dict)]
    times = [t for t in (iso_timestamp(slot.get("date")) for slot in slots) if t is not None]
    minutes = _SLOT_MINUTES.get(text(document.get("granularity")) or "", 15)
    if not times or now - (max(times) + minutes * 60) > STALE_AFTER_SECONDS:
        return UNKNOWN_HEALTH
    requests = sum(_count(slot, "total_requests") for slot in slots)
    succeeded = sum(_count(slot, "success_count") for slot in slots)
    status = entry.get("current_status")
    return ServiceHealth(
        status=status if status in _STATE_WORDS else UNKNOWN,
        success_rate=succeeded / requests if requests else None,
        requests=requests,
        as_of=max(times),
        succeeded=succeeded,
        window_hours=minutes * len(slots) / 60,
    )


def _count(slot: dict[str, Any], key: str) -> int:
    value = slot.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def _figures(health: ServiceHealth) -> str:
    hours = health.window_hours
    figures = {"succeeded": f"{health.succeeded:,}", "requests": f"{health.requests:,}"}
    if hours <= 48:
        return HealthText.tr("{succeeded} of {requests} requests succeeded in the last {hours} "
                             "hours").format(hours=f"{hours:g}", **figures)
    return HealthText.tr("{succeeded} of {requests} requests succeeded in the last {days} "
                         "days").format(days=f"{hours / 24:g}", **figures)


def describe(health: ServiceHealth) -> str:
    """One sentence for a status badge's tooltip."""
    if health.status not in _STATE_WORDS:
        return HealthText.tr("Hailuo's status is unknown: AceData's status page has no recent "
                             "figures for it.")
    if not health.requests:
        return HealthText.tr(_STATE_WORDS[health.status])
    return HealthText.tr(_STATE_WORDS_WITH_FIGURES[health.status]).format(
        figures=_figures(health))


def outage_question(health: ServiceHealth) -> str | None:
    """The question to ask before generating during an outage; None when there is none."""
    if health.status not in _OUTAGE_QUESTIONS:
        return None
    if not health.requests:
        return HealthText.tr(_OUTAGE_QUESTIONS[health.status])
    return HealthText.tr(_OUTAGE_QUESTIONS_WITH_FIGURES[health.status]).format(
        figures=_figures(health))
