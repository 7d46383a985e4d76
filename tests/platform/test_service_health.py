"""Reading the status page's document, and fetching it."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import httpx
import pytest

from hailuo_desktop.api.status_page import StatusPage
from hailuo_desktop.domain.acedata import HAILUO_SERVICE_ID
from hailuo_desktop.domain.service_health import (
    UNKNOWN_HEALTH,
    ServiceHealth,
    describe,
    health_from_document,
    outage_question,
)

NOW = datetime(2026, 8, 8, 12, 48, tzinfo=UTC).timestamp()


def slot(date: str, total: int, success: int) -> dict:
    return {"date": date, "total_requests": total, "success_count": success,
            "client_error_count": 0, "server_error_count": total - success,
            "uptime": round(success / total * 100, 3) if total else None}


def document(status: str = "major_outage", last: str = "2026-08-08T12:45", *,
             slots: list | None = None, **entry) -> dict:
    daily = slots if slots is not None else [
        slot("2026-08-07T13:00", 0, 0), slot("2026-08-08T09:30", 972, 1), slot(last, 1, 0)]
    return {"overall_status": "Partial System Outage", "granularity": "quarter",
            "services": [
                {"service_id": "another", "service_alias": "minimax",
                 "current_status": "operational", "daily": []},
                {"service_id": HAILUO_SERVICE_ID, "service_alias": "hailuo",
                 "service_title": "$t(service_title_hailuo)", "current_status": status,
                 "uptime_90d": 20.0, "total_requests_90d": 973, "daily": daily, **entry}]}


def test_reads_hailuo_from_the_document():
    health = health_from_document(document(), NOW)
    assert health == ServiceHealth(
        status="major_outage", success_rate=pytest.approx(1 / 973), requests=973,
        as_of=datetime(2026, 8, 8, 12, 45, tzinfo=UTC).timestamp(), succeeded=1,
        window_hours=0.75)
    assert not health.healthy and health.outage


def test_the_outage_question():
    newest = datetime(2026, 8, 8, 12, 45, tzinfo=UTC).timestamp()
    dates = [datetime.fromtimestamp(newest - 900 * n, UTC).strftime("%Y-%m-%dT%H:%M")
             for n in range(95, 0, -1)]
    ninety_six = [slot(date, 0, 0) for date in dates] + [slot("2026-08-08T12:45", 973, 1)]
    health = health_from_document(document(slots=ninety_six), NOW)
    assert health.window_hours == 24
    assert outage_question(health) == (
        "AceData's status page shows Hailuo in a major outage: 1 of 973 requests succeeded in "
        "the last 24 hours. Generate anyway?")
    partial = health_from_document(document("partial_outage", slots=ninety_six), NOW)
    assert outage_question(partial).startswith("AceData's status page shows Hailuo in a partial")


@pytest.mark.parametrize("status", ["operational", "degraded", "unknown"])
def test_no_question_without_an_outage(status):
    assert outage_question(health_from_document(document(status), NOW)) is None


def test_found_by_alias_when_the_id_differs():
    doc = document()
    doc["services"][1]["service_id"] = "renamed"
    assert health_from_document(doc, NOW).status == "major_outage"


@pytest.mark.parametrize("doc", [
    None, [], {}, {"services": "x"}, {"services": []},
    {"overall_status": "No Data", "granularity": "daily", "services": []},
    document(slots=[]),
    document(slots=[{"date": "not a date", "total_requests": 3}]),
    document(last="2026-08-08T10:30"),  # its newest slot ended more than two hours ago
])
def test_missing_unreadable_or_stale_is_unknown(doc):
    health = health_from_document(doc, NOW)
    assert health == UNKNOWN_HEALTH
    assert not health.healthy and not health.outage


def test_an_unknown_status_word_is_unknown():
    assert health_from_document(document("on fire"), NOW).status == "unknown"


def test_an_operational_service_is_the_only_healthy_one():
    assert health_from_document(document("operational"), NOW).healthy
    assert not health_from_document(document("degraded"), NOW).healthy


def test_describe():
    assert describe(UNKNOWN_HEALTH).startswith("Hailuo's status is unknown")
    health = health_from_document(document("operational"), NOW)
    assert describe(health) == ("Hailuo is working normally at AceData: 1 of 973 requests "
                                "succeeded in the last 0.75 hours.")
    week = ServiceHealth("degraded", 0.9, 1000, NOW, 900, window_hours=168)
    assert describe(week).endswith("900 of 1,000 requests succeeded in the last 7 days.")


# --- fetching ------------------------------------------------------------------------------------


def fetch(handler, url="https://status.example/data/status_1.json"):
    requests = []

    def record(request):
        requests.append(request)
        return handler(request)

    async def main():
        page = StatusPage(url, transport=httpx.MockTransport(record))
        try:
            return await page.health(now=NOW)
        finally:
            await page.aclose()

    return asyncio.run(main()), requests


def test_fetches_with_a_cache_buster_and_no_token():
    health, requests = fetch(lambda request: httpx.Response(200, json=document()))
    assert health.status == "major_outage"
    assert requests[0].url.params["t"] == str(int(NOW * 1000))
    assert "authorization" not in requests[0].headers


@pytest.mark.parametrize("handler", [
    lambda request: httpx.Response(404, text="Not Found"),
    lambda request: httpx.Response(200, text="<html>"),
    lambda request: httpx.Response(200, content=b"[" * 10 + b"x" * (6 * 1024 * 1024)),
])
def test_trouble_reads_as_unknown(handler):
    assert fetch(handler)[0] == UNKNOWN_HEALTH


def test_an_unreachable_page_reads_as_unknown():
    def fail(request):
        raise httpx.ConnectError("refused")

    assert fetch(fail)[0] == UNKNOWN_HEALTH
    assert fetch(fail, url="not a url")[0] == UNKNOWN_HEALTH
