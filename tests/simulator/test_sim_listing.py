"""retrieve_batch without ids: the owner's tasks, newest first, filtered and paged."""

from __future__ import annotations

import time

import httpx
import pytest

from hailuo_desktop.simulator import Simulator


def submit_at(api, sim: Simulator, *times: float) -> list[str]:
    """Submit one task per time and date it there, so filters have exact edges."""
    ids = []
    for created_at in times:
        task_id = api.submit(prompt=f"made at {created_at}")
        sim.store.get(task_id).created_at = created_at
        ids.append(task_id)
    return ids


def listing(api, **body) -> dict:
    answer = api.tasks(action="retrieve_batch", **body)
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_without_ids_lists_every_task_newest_first(api, sim):
    older, newer, newest = submit_at(api, sim, 1000.0, 2000.0, 3000.0)

    body = listing(api)

    assert [item["id"] for item in body["items"]] == [newest, newer, older]
    assert body["count"] == 3
    assert body["items"][0] == sim.task_record(newest)


def test_ids_given_keep_the_old_answer(api, sim):
    submit_at(api, sim, 1000.0)

    assert listing(api, ids=[]) == {"items": [], "count": 0}
    assert listing(api, ids=None)["count"] == 1


def test_default_limit_is_twenty_and_count_counts_every_match(api, sim):
    ids = submit_at(api, sim, *[1000.0 + i for i in range(22)])

    body = listing(api)

    assert body["count"] == 22
    assert [item["id"] for item in body["items"]] == ids[::-1][:20]


def test_limit_and_offset_page_through(api, sim):
    ids = submit_at(api, sim, 1.0, 2.0, 3.0, 4.0, 5.0)[::-1]

    pages = [listing(api, limit=2, offset=offset) for offset in (0, 2, 4, 6)]

    assert [[item["id"] for item in page["items"]] for page in pages] == [
        ids[0:2], ids[2:4], ids[4:5], []
    ]  # fmt: skip
    assert {page["count"] for page in pages} == {5}
    assert len(listing(api, limit=100)["items"]) == 5


@pytest.mark.parametrize(
    ("bounds", "expected"),
    [
        ({"created_at_min": 2000}, ["c", "b"]),
        ({"created_at_max": 2000}, ["b", "a"]),
        ({"created_at_min": 1000.5, "created_at_max": 2999.9}, ["b"]),
        ({"created_at_min": 3000.001}, []),
    ],
)
def test_created_at_bounds_include_their_edges(api, sim, bounds, expected):
    names = dict(zip(submit_at(api, sim, 1000.0, 2000.0, 3000.0), "abc", strict=True))

    body = listing(api, **bounds)

    assert [names[item["id"]] for item in body["items"]] == expected
    assert body["count"] == len(expected)


def test_user_and_application_ids_must_be_the_owners(api, sim):
    [task_id] = submit_at(api, sim, 1000.0)
    owner = sim.store.owner
    other = "9e1b1c52-0000-4000-8000-000000000000"

    mine = listing(api, user_id=owner["user_id"], application_id=owner["application_id"])
    by_user = listing(api, user_id=owner["user_id"])
    by_app = listing(api, application_id=owner["application_id"])
    other_user = listing(api, user_id=other)
    other_app = listing(api, user_id=owner["user_id"], application_id=other)

    assert [item["id"] for item in mine["items"]] == [task_id]
    assert by_user == by_app == mine
    assert other_user == other_app == {"items": [], "count": 0}


def test_filters_combine(api, sim):
    _, second, _, _ = submit_at(api, sim, 1000.0, 2000.0, 3000.0, 4000.0)

    body = listing(
        api, user_id=sim.store.owner["user_id"], created_at_min=1500, created_at_max=3500, limit=1,
        offset=1,
    )  # fmt: skip

    assert [item["id"] for item in body["items"]] == [second]
    assert body["count"] == 2


@pytest.mark.parametrize(
    "body",
    [
        {"limit": 101},
        {"limit": 0},
        {"limit": "5"},
        {"limit": 2.5},
        {"offset": -1},
        {"created_at_min": "yesterday"},
        {"created_at_max": True},
        {"user_id": 7},
        {"application_id": ["x"]},
    ],
)
def test_bad_listing_parameters_are_a_bad_request(api, body):
    answer = api.tasks(action="retrieve_batch", **body)

    assert answer.status_code == 400
    assert answer.json()["error"]["code"] == "bad_request"


def test_a_listing_shows_running_tasks_without_a_response(connect):
    with Simulator(generation_seconds=3600) as sim:
        api = connect(sim)
        api.submit()

        [item] = listing(api)["items"]

    assert "response" not in item
    assert "finished_at" not in item


def test_a_generate_whose_answer_was_lost_is_found_by_listing(api, sim):
    submit_at(api, sim, 1000.0)
    before = time.time()
    sim.faults.drop = 1

    with pytest.raises(httpx.RemoteProtocolError):
        api.generate(prompt="lost answer", **{"async": True})
    body = listing(api, created_at_min=round(before, 3) - 0.001)

    [item] = body["items"]
    assert item["request"]["prompt"] == "lost answer"
    assert item["id"] in sim.tasks
