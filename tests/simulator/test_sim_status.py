"""/data/status_{1,7,30}.json: the status page's documents, from the simulator's own answers."""

from __future__ import annotations

import re
import time

import httpx
import pytest

from hailuo_desktop.simulator import status

HAILUO = "5eaa73b7-b9a7-4a17-afb3-f658fd5495b0"


def document(sim, days: int = 1) -> dict:
    answer = httpx.get(f"{sim.base_url}/data/status_{days}.json", params={"t": time.time()})
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    return answer.json()


@pytest.mark.parametrize(
    ("days", "granularity", "buckets", "minutes"),
    [(1, "quarter", 96, 15), (7, "2hour", 84, 120), (30, "8hour", 90, 480)],
)
def test_each_window_has_its_buckets(api, sim, days, granularity, buckets, minutes):
    sim.faults.service_status = "operational"  # shown even with few answers
    size = minutes * 60
    ends = {time.strftime("%Y-%m-%dT%H:%M", time.gmtime(time.time() // size * size))}

    body = document(sim, days)
    ends.add(time.strftime("%Y-%m-%dT%H:%M", time.gmtime(time.time() // size * size)))

    assert body["granularity"] == granularity
    [service] = body["services"]
    daily = service["daily"]
    assert len(daily) == buckets
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", entry["date"]) for entry in daily)
    assert daily[-1]["date"] in ends  # the bucket of now (two if the test ran across its end)
    assert daily[0]["uptime"] is None and daily[0]["total_requests"] == 0


def test_a_quiet_simulator_leaves_hailuo_out(sim):
    assert document(sim) == {"overall_status": "No Data", "granularity": "quarter", "services": []}


def test_answers_are_counted_and_make_hailuo_operational(api, sim):
    for _ in range(3):
        api.tasks(action="retrieve_batch", ids=[])
    api.tasks(action="retrieve", id="missing")  # a 404 counts as up

    body = document(sim)

    [service] = body["services"]
    assert body["overall_status"] == "All Systems Operational"
    assert service["service_id"] == HAILUO
    assert service["service_alias"] == "hailuo"
    assert service["current_status"] == "operational"
    assert service["total_requests_90d"] == 4
    assert service["uptime_90d"] == 100.0
    latest = service["daily"][-1]
    assert (latest["total_requests"], latest["success_count"]) == (4, 3)
    assert (latest["client_error_count"], latest["server_error_count"]) == (1, 0)
    assert latest["uptime"] == 100.0


def test_server_errors_bring_the_status_down(api, sim):
    sim.faults.server_error = 3
    for _ in range(4):
        api.tasks(action="retrieve_batch", ids=[])

    body = document(sim)

    [service] = body["services"]
    assert service["daily"][-1]["uptime"] == 25.0
    assert service["current_status"] == "major_outage"
    # One service out of one in a major outage is a partial outage of the whole page.
    assert body["overall_status"] == "Partial System Outage"


def test_the_current_status_comes_from_the_newest_bucket_with_answers(sim):
    now = time.time()
    for _ in range(10):
        sim.status_log.add(500, at=now - 3 * 3600)  # a bad hour, long ago
    sim.status_log.add(200, at=now - 1800)  # then one good answer half an hour ago

    body = status.document(sim.status_log, 1, "auto", now=now)

    [service] = body["services"]
    assert service["current_status"] == "operational"
    assert service["total_requests_90d"] == 11
    assert service["uptime_90d"] == round(100 / 11, 3)


def test_older_answers_fall_out_of_the_short_window(sim):
    now = time.time()
    for _ in range(20):
        sim.status_log.add(200, at=now - 3 * 86400)

    assert status.document(sim.status_log, 1, "auto", now=now)["services"] == []
    assert status.document(sim.status_log, 7, "auto", now=now)["services"][0]["total_requests_90d"]


@pytest.mark.parametrize(
    ("forced", "overall"),
    [
        ("operational", "All Systems Operational"),
        ("degraded", "Minor Service Disruption"),
        ("partial_outage", "Minor Service Disruption"),
        ("major_outage", "Partial System Outage"),
        ("unknown", "No Data"),
    ],
)
def test_service_status_forces_hailuo_and_the_overall_status(sim, forced, overall):
    sim.faults.service_status = forced

    body = document(sim)

    assert body["overall_status"] == overall
    assert [s["current_status"] for s in body["services"]] == (
        [] if forced == "unknown" else [forced]
    )


@pytest.mark.parametrize(
    ("statuses", "overall"),
    [
        (["major_outage", "major_outage", "operational"], "Major System Outage"),
        (["partial_outage", "partial_outage", "operational"], "Partial System Outage"),
        (["degraded", "operational"], "Minor Service Disruption"),
    ],
)
def test_the_overall_status_rule_for_several_services(statuses, overall):
    assert status.overall_status(statuses) == overall


def test_the_ninety_day_document_has_no_data_and_others_are_not_there(api, sim):
    api.tasks(action="retrieve_batch", ids=[])

    assert document(sim, 90) == {
        "overall_status": "No Data",
        "granularity": "daily",
        "services": [],
    }
    assert httpx.get(f"{sim.base_url}/data/status_2.json").status_code == 404
    assert httpx.get(f"{sim.base_url}/data/other.json").status_code == 404
