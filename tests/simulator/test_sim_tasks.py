"""POST /hailuo/tasks: retrieve, retrieve_batch, delete, and how a task moves on over time."""

from __future__ import annotations

import uuid

import pytest

from hailuo_desktop.simulator import Simulator

RECORD_KEYS = {
    "_id", "id", "api_id", "application_id", "created_at", "started_at", "request", "trace_id",
    "user_id",
}  # fmt: skip


def test_retrieve_of_a_finished_task_has_the_documented_shape(api, sim):
    task_id = api.submit(prompt="Internal heat")

    record = api.retrieve(task_id)

    assert set(record) == RECORD_KEYS | {"finished_at", "elapsed", "response"}
    assert record["id"] == task_id
    assert record["request"] == {"action": "generate", "prompt": "Internal heat", "async": True}
    assert record["created_at"] <= record["started_at"] <= record["finished_at"]
    assert record["elapsed"] == round(record["finished_at"] - record["started_at"], 3)
    response = record["response"]
    assert response["success"] is True
    assert response["task_id"] == task_id
    assert response["trace_id"] == record["trace_id"]
    assert response["data"][0]["state"] == "succeeded"
    assert response["data"][0]["video_url"] == sim.video_url(task_id)


def processing(sim: Simulator, task_id: str) -> None:
    """Move a long task past its pending quarter without waiting for it."""
    sim.store.get(task_id).created_at -= 1000


def test_a_running_task_has_no_response_finished_at_or_elapsed_until_it_ends(connect):
    with Simulator(generation_seconds=3600) as sim:
        api = connect(sim)
        task_id = api.submit()

        pending = api.retrieve(task_id)
        processing(sim, task_id)
        running = api.retrieve(task_id)
        [batch_item] = api.tasks(action="retrieve_batch", ids=[task_id]).json()["items"]
        sim.complete_task(task_id)
        done = api.retrieve(task_id)

    assert set(pending) == set(running) == set(batch_item) == RECORD_KEYS
    assert set(done) == RECORD_KEYS | {"finished_at", "elapsed", "response"}
    assert done["response"]["data"][0]["state"] == "succeeded"
    assert done["response"]["data"][0]["video_url"].endswith(f"/videos/{task_id}.mp4")


def test_partway_response_shows_a_processing_answer_while_the_task_runs(connect):
    with Simulator(generation_seconds=3600) as sim:
        api = connect(sim)
        pending_id, running_id = api.submit(), api.submit()
        processing(sim, running_id)
        sim.faults.partway_response = True

        pending = api.retrieve(pending_id)
        record = api.retrieve(running_id)
        [item] = api.tasks(action="retrieve_batch", ids=[running_id]).json()["items"]
        helper = sim.task_record(running_id)

    assert set(pending) == RECORD_KEYS
    assert set(record) == RECORD_KEYS | {"response"}
    assert record["response"]["success"] is True
    assert record["response"]["task_id"] == running_id
    assert record["response"]["data"][0]["state"] == "processing"
    assert record["response"]["data"][0]["video_url"] == ""
    assert item == record == helper


def test_a_task_moves_on_by_itself_over_time(connect):
    with Simulator(generation_seconds=1.0) as sim:
        api = connect(sim)
        task_id = api.submit()

        first = api.retrieve(task_id)
        done = api.poll(task_id, lambda r: "response" in r)

    assert "response" not in first
    assert done["response"]["data"][0]["state"] == "succeeded"


def test_complete_task_ends_a_long_task_at_once(connect):
    with Simulator(generation_seconds=3600) as sim:
        api = connect(sim)
        task_id = api.submit()
        sim.complete_task(task_id)

        record = api.retrieve(task_id)

    assert record["response"]["data"][0]["state"] == "succeeded"


def test_retrieve_of_an_unknown_id_answers_404_not_found(api):
    answer = api.tasks(action="retrieve", id=str(uuid.uuid4()))

    assert answer.status_code == 404
    assert answer.json()["error"]["code"] == "not_found"


def test_retrieve_without_an_id_is_a_bad_request(api):
    answer = api.tasks(action="retrieve")

    assert answer.status_code == 400
    assert answer.json()["error"]["code"] == "bad_request"


def test_unknown_task_action_is_a_bad_request(api):
    answer = api.tasks(action="list")

    assert answer.status_code == 400
    assert answer.json()["error"] == {"code": "bad_request", "message": "action is invalid."}


def test_retrieve_batch_returns_known_tasks_and_leaves_unknown_ids_out(api):
    first, second = api.submit(prompt="one"), api.submit(prompt="two")

    answer = api.tasks(action="retrieve_batch", ids=[first, str(uuid.uuid4()), second])

    assert answer.status_code == 200
    body = answer.json()
    assert body["count"] == 2
    assert [item["id"] for item in body["items"]] == [first, second]
    assert [item["request"]["prompt"] for item in body["items"]] == ["one", "two"]


def test_retrieve_batch_accepts_fifty_ids_and_rejects_fifty_one(api):
    ids = [str(uuid.uuid4()) for _ in range(51)]

    fifty = api.tasks(action="retrieve_batch", ids=ids[:50])
    fifty_one = api.tasks(action="retrieve_batch", ids=ids)

    assert fifty.status_code == 200
    assert fifty.json() == {"items": [], "count": 0}
    assert fifty_one.status_code == 400
    assert fifty_one.json()["error"]["code"] == "bad_request"


def test_retrieve_batch_rejects_ids_that_are_not_a_list_of_strings(api):
    answer = api.tasks(action="retrieve_batch", ids="abc")

    assert answer.status_code == 400


def test_delete_removes_the_task(api, sim):
    task_id = api.submit()

    deleted = api.tasks(action="delete", id=task_id, user_id="someone")
    again = api.tasks(action="retrieve", id=task_id)

    assert deleted.status_code == 200
    assert deleted.json() == {"id": task_id, "deleted": True}
    assert again.status_code == 404
    assert task_id not in sim.tasks


def test_delete_of_an_unknown_task_answers_404(api):
    answer = api.tasks(action="delete", id=str(uuid.uuid4()))

    assert answer.status_code == 404
    assert answer.json()["error"]["code"] == "not_found"


def test_task_record_helper_matches_what_retrieve_answers(api, sim):
    task_id = api.submit()

    assert sim.task_record(task_id) == api.retrieve(task_id)


def test_unknown_tasks_empty_answers_an_empty_object_and_a_placeholder_item(api, sim):
    known, unknown = api.submit(), str(uuid.uuid4())
    sim.faults.unknown_tasks = "empty"

    single = api.tasks(action="retrieve", id=unknown)
    batch = api.tasks(action="retrieve_batch", ids=[unknown, known]).json()

    assert single.status_code == 200
    assert single.json() == {}
    assert batch["count"] == 2
    assert batch["items"][0] == {}
    assert batch["items"][1]["id"] == known


def test_unknown_tasks_null_answers_null_and_leaves_the_id_out_of_a_batch(api, sim):
    known, unknown = api.submit(), str(uuid.uuid4())
    sim.faults.unknown_tasks = "null"

    single = api.tasks(action="retrieve", id=unknown)
    batch = api.tasks(action="retrieve_batch", ids=[unknown, known]).json()

    assert single.status_code == 200
    assert single.content == b"null"
    assert [item["id"] for item in batch["items"]] == [known]
    assert batch["count"] == 1


def test_unknown_tasks_takes_only_the_words_it_knows(sim):
    with pytest.raises(ValueError, match="not_found, empty, null"):
        sim.faults.unknown_tasks = "teapot"

    assert sim.faults.unknown_tasks == "not_found"
