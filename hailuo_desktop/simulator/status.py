"""``GET /data/status_{1,7,30}.json``: the status page's documents (platform-api.md §6), worked
out from this simulator's own answers to ``/hailuo/*`` (``status_90.json`` is "No Data", as
in the real page's snapshot).

Each answer's HTTP status is logged with its time; a document groups the window's answers in
UTC buckets (15 minutes × 96, 2 hours × 84, 8 hours × 90), counts success (< 400), client
(4xx) and server (5xx) errors, and takes ``current_status`` from the newest bucket that has
answers. As on the real page, hailuo is left out while the window holds too few answers, and
the ``service_status`` fault can force its status (``unknown`` leaves it out).
"""

from __future__ import annotations

import bisect
import re
import threading
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from . import pricing
from .answer import Answer

if TYPE_CHECKING:
    from .server import Simulator

# days → (bucket minutes, buckets, granularity, fewest answers for the service to be shown)
WINDOWS = {1: (15, 96, "quarter", 3), 7: (120, 84, "2hour", 16), 30: (480, 90, "8hour", 70)}
_KEEP_SECONDS = 30 * 86400
_PATH = re.compile(r"^/data/status_(\d{1,2})\.json$")


class StatusLog:
    """Thread-safe log of (time, HTTP status) of API answers, kept for the longest window."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._times: list[float] = []
        self._codes: list[int] = []

    def add(self, status: int, at: float | None = None) -> None:
        at = time.time() if at is None else at
        with self._lock:
            index = bisect.bisect(self._times, at)
            self._times.insert(index, at)
            self._codes.insert(index, status)
            old = bisect.bisect_left(self._times, at - _KEEP_SECONDS)
            del self._times[:old], self._codes[:old]

    def since(self, start: float) -> list[tuple[float, int]]:
        with self._lock:
            first = bisect.bisect_left(self._times, start)
            return list(zip(self._times[first:], self._codes[first:], strict=True))


def _status_of(uptime: float) -> str:
    for floor, status in ((95.0, "operational"), (80.0, "degraded"), (50.0, "partial_outage")):
        if uptime >= floor:
            return status
    return "major_outage"


def overall_status(statuses: list[str]) -> str:
    # The status page's rule: an outage of one service in five (at least two) is a major one.
    if not statuses:
        return "No Data"
    many = max(2, len(statuses) * 0.2)
    majors, partials = statuses.count("major_outage"), statuses.count("partial_outage")
    if majors >= many:
        return "Major System Outage"
    if majors or partials >= many:
        return "Partial System Outage"
    if partials or "degraded" in statuses:
        return "Minor Service Disruption"
    return "All Systems Operational"


def _bucket(answers: list[tuple[float, int]], start: float) -> dict[str, Any]:
    total = len(answers)
    server = sum(1 for _, code in answers if code >= 500)
    client = sum(1 for _, code in answers if 400 <= code < 500)
    return {
        "date": datetime.fromtimestamp(start, UTC).strftime("%Y-%m-%dT%H:%M"),
        "total_requests": total,
        "success_count": total - server - client,
        "client_error_count": client,
        "server_error_count": server,
        "uptime": round((total - server) / total * 100, 3) if total else None,
    }


def document(log: StatusLog, days: int, forced: str, now: float | None = None) -> dict[str, Any]:
    """The ``status_<days>.json`` document at time ``now``; ``forced`` is ``service_status``."""
    minutes, count, granularity, fewest = WINDOWS[days]
    size = minutes * 60
    now = time.time() if now is None else now
    last = now // size * size
    starts = [last - size * (count - 1 - i) for i in range(count)]
    answers = log.since(starts[0])
    grouped: list[list[tuple[float, int]]] = [[] for _ in starts]
    for answer in answers:
        grouped[min(count - 1, int((answer[0] - starts[0]) // size))].append(answer)
    daily = [_bucket(group, start) for group, start in zip(grouped, starts, strict=True)]
    busy = [entry for entry in daily if entry["total_requests"]]
    status = forced
    if forced == "auto":
        status = _status_of(busy[-1]["uptime"]) if len(answers) >= fewest else "unknown"
    services = []
    if status != "unknown":
        total = len(answers)
        server = sum(1 for _, code in answers if code >= 500)
        services.append(
            {
                "service_id": pricing.SERVICE_ID,
                "service_alias": "hailuo",
                "service_title": "$t(service_title_hailuo)",
                "current_status": status,
                "uptime_90d": round((total - server) / total * 100, 3) if total else 100.0,
                "total_requests_90d": total,
                "daily": daily,
            }
        )
    return {
        "overall_status": overall_status([s["current_status"] for s in services]),
        "granularity": granularity,
        "services": services,
    }


def handle(sim: Simulator, path: str) -> Answer:
    """``GET /data/status_<days>.json`` (any query, such as the page's ``?t=``, is ignored)."""
    match = _PATH.match(path)
    days = int(match.group(1)) if match else 0
    if days == 90:  # built from a daily table the real page's snapshot shows empty
        body = {"overall_status": "No Data", "granularity": "daily", "services": []}
    elif days in WINDOWS:
        body = document(sim.status_log, days, sim.faults.service_status)
    else:
        return Answer(404, b"Not Found\n", "text/plain; charset=utf-8")
    # What GitHub Pages, which serves the real page, usually sends.
    return Answer(200, body, headers={"Cache-Control": "max-age=600"})
