"""Every fault switch, set from Python or over HTTP."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from hailuo_desktop.simulator import Faults, Simulator


def test_rate_limit_answers_429_for_the_next_n_calls_with_retry_after(api, sim):
    sim.faults.update({"rate_limit": 2, "retry_after": 7})

    answers = [api.generate(prompt="x", **{"async": True}) for _ in range(3)]

    assert [a.status_code for a in answers] == [429, 429, 200]
    assert answers[0].json()["error"]["code"] == "too_many_requests"
    assert answers[0].headers["retry-after"] == "7"
    assert sim.faults.rate_limit == 0
    assert len(sim.tasks) == 1


def test_rate_limit_without_retry_after_sends_no_header(api, sim):
    sim.faults.rate_limit = 1

    answer = api.tasks(action="retrieve_batch", ids=[])

    assert answer.status_code == 429
    assert "retry-after" not in answer.headers


def test_server_error_answers_500_fetch_failed(api, sim):
    sim.faults.server_error = 1

    failed, ok = api.tasks(action="retrieve_batch", ids=[]), api.tasks(action="retrieve_batch")

    assert failed.status_code == 500
    assert failed.json()["error"] == {"code": "api_error", "message": "fetch failed"}
    assert ok.status_code == 200


def test_no_channel_answers_503_for_generate_only_and_creates_nothing(api, sim):
    sim.faults.no_channel = 1

    query = api.tasks(action="retrieve_batch", ids=[])
    refused = api.generate(prompt="x", model="minimax-t2v", **{"async": True})

    assert query.status_code == 200
    assert refused.status_code == 503
    assert refused.json()["error"] == {"message": "no channel available for minimax-t2v"}
    assert sim.tasks == {}


def test_fail_tasks_makes_the_next_task_end_failed_with_finished_at(api, sim):
    sim.faults.update({"fail_tasks": 1, "fail_code": "moderation", "fail_message": "Blocked."})

    failed, fine = api.submit(), api.submit()
    record = api.retrieve(failed)

    assert "finished_at" in record
    assert record["response"]["success"] is False
    assert record["response"]["error"] == {"code": "moderation", "message": "Blocked."}
    assert record["response"]["trace_id"] == record["trace_id"]
    assert "data" not in record["response"]
    assert api.retrieve(fine)["response"]["success"] is True


def test_failed_task_can_come_without_finished_at(api, sim):
    sim.faults.update({"fail_tasks": 1, "fail_without_finished_at": True})

    record = api.retrieve(api.submit())

    assert "finished_at" not in record
    assert "elapsed" not in record
    assert record["response"]["error"]["code"] == "content_moderation"


def test_failed_sync_generate_answers_500_with_the_failure_body(api, sim):
    sim.faults.fail_tasks = 1

    answer = api.generate(prompt="x")

    assert answer.status_code == 500
    assert answer.json()["success"] is False
    assert answer.json()["error"]["code"] == "content_moderation"


def test_a_failed_task_serves_no_video(api, sim):
    sim.faults.fail_tasks = 1
    task_id = api.submit()

    assert api.http.get(f"/videos/{task_id}.mp4").status_code == 404


def test_slow_seconds_delays_every_answer(api, sim):
    sim.faults.slow_seconds = 0.3

    started = time.monotonic()
    answer = api.tasks(action="retrieve_batch", ids=[])

    assert answer.status_code == 200
    assert time.monotonic() - started >= 0.3


def test_drop_closes_the_connection_without_answering(api, sim):
    sim.faults.drop = 1

    with pytest.raises(httpx.RemoteProtocolError):
        api.tasks(action="retrieve_batch", ids=[])
    assert api.tasks(action="retrieve_batch", ids=[]).status_code == 200


def test_dropped_generate_still_creates_the_task(api, sim):
    sim.faults.drop = 1

    with pytest.raises(httpx.RemoteProtocolError):
        api.generate(prompt="maybe charged", **{"async": True})

    assert sim.generate_calls == 1
    [task] = sim.tasks.values()
    assert task.request["prompt"] == "maybe charged"


def test_malformed_json_answers_200_with_a_body_that_is_not_json(api, sim):
    sim.faults.malformed_json = 1

    answer = api.generate(prompt="x", **{"async": True})

    assert answer.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        json.loads(answer.content)
    assert sim.tasks == {}


def test_html_error_answers_200_with_an_html_page(api, sim):
    sim.faults.html_error = 1

    answer = api.tasks(action="retrieve_batch", ids=[])

    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/html")
    assert answer.text.startswith("<!DOCTYPE html>")


def test_error_as_string_sends_error_as_a_bare_string(api, sim):
    sim.faults.error_as_string = True

    answer = api.generate(prompt="x", model="nope")

    assert answer.status_code == 400
    assert answer.json()["error"] == "model is invalid."


def test_expire_links_answers_403_for_videos(api, sim):
    task_id = api.submit()
    sim.faults.expire_links = True

    assert api.http.get(f"/videos/{task_id}.mp4").status_code == 403


def test_truncate_downloads_sends_half_the_promised_bytes(api, sim):
    task_id = api.submit()
    size = len(sim.video_bytes(task_id))
    sim.faults.truncate_downloads = 1

    received = bytearray()
    with (
        pytest.raises(httpx.RemoteProtocolError),
        api.http.stream("GET", f"/videos/{task_id}.mp4") as answer,
    ):
        assert answer.headers["content-length"] == str(size)
        for chunk in answer.iter_bytes():
            received += chunk

    assert 0 < len(received) < size
    assert api.http.get(f"/videos/{task_id}.mp4").content == sim.video_bytes(task_id)


def test_faults_can_be_set_and_read_over_http(api, sim):
    answer = httpx.post(
        f"{sim.base_url}/_simulator/faults", json={"rate_limit": 1, "used_up": True}
    )

    assert answer.status_code == 200
    assert answer.json()["rate_limit"] == 1
    assert sim.faults.used_up is True
    assert httpx.get(f"{sim.base_url}/_simulator/faults").json()["used_up"] is True
    assert api.generate(prompt="x").status_code == 429


@pytest.mark.parametrize(
    "body",
    [{"no_such_fault": 1}, {"used_up": "yes"}, {"drop": -1}, {"unknown_tasks": "maybe"}, [1]],
)
def test_bad_fault_settings_over_http_are_refused_and_change_nothing(sim, body):
    answer = httpx.post(f"{sim.base_url}/_simulator/faults", json=body)

    assert answer.status_code == 400
    assert sim.faults.snapshot() == Faults().snapshot()


def test_faults_reject_unknown_names_and_reset_turns_everything_off():
    faults = Faults(drop=2, expire_links=True)

    with pytest.raises(AttributeError):
        faults.no_such_fault = 1
    assert faults.take("drop") and faults.take("drop") and not faults.take("drop")
    faults.reset()
    assert faults.expire_links is False


def test_faults_given_to_the_constructor_are_used(connect):
    with Simulator(generation_seconds=0, faults=Faults(server_error=1)) as sim:
        answer = connect(sim).tasks(action="retrieve_batch", ids=[])

    assert answer.status_code == 500
