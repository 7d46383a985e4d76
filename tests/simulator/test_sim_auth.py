"""Bearer-token checks and the token fault switches."""

from __future__ import annotations

import httpx
import pytest


@pytest.mark.parametrize(
    "headers",
    [{}, {"authorization": "Bearer wrong-token"}, {"authorization": "Basic c2ltLXRva2Vu"}],
    ids=["missing", "wrong", "not-bearer"],
)
@pytest.mark.parametrize("path", ["/hailuo/videos", "/hailuo/tasks"])
def test_requests_without_the_right_token_answer_401_invalid_token(sim, headers, path):
    answer = httpx.post(
        f"{sim.base_url}{path}", json={"action": "generate", "prompt": "x"}, headers=headers
    )

    assert answer.status_code == 401
    body = answer.json()
    assert body["success"] is False
    assert body["error"]["code"] == "invalid_token"
    assert body["error"]["message"]
    assert body["trace_id"]
    assert sim.tasks == {}


def test_the_bearer_scheme_is_case_insensitive(sim):
    answer = httpx.post(
        f"{sim.base_url}/hailuo/videos",
        json={"action": "generate", "prompt": "x", "async": True},
        headers={"authorization": f"bearer {sim.token}"},
    )

    assert answer.status_code == 200


def test_token_mismatched_answers_400_on_every_api_call(api, sim):
    task_id = api.submit()
    sim.faults.token_mismatched = True

    answers = [
        api.generate(prompt="x", **{"async": True}),
        api.tasks(action="retrieve", id=task_id),
    ]

    assert [a.status_code for a in answers] == [400, 400]
    assert {a.json()["error"]["code"] for a in answers} == {"token_mismatched"}
    assert len(sim.tasks) == 1


def test_token_expired_answers_401_token_expired(api, sim):
    sim.faults.token_expired = True

    answer = api.generate(prompt="x")

    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "token_expired"


def test_used_up_refuses_generation_with_403_but_queries_still_work(api, sim):
    task_id = api.submit()
    sim.faults.used_up = True

    refused = api.generate(prompt="x", **{"async": True})
    query = api.tasks(action="retrieve", id=task_id)

    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "used_up"
    assert "balance" in refused.json()["error"]["message"]
    assert query.status_code == 200
    assert len(sim.tasks) == 1


def test_videos_and_images_need_no_token(api, sim):
    task_id = api.submit()

    video = httpx.get(sim.video_url(task_id))
    image = httpx.get(sim.sample_image_urls[0])

    assert video.status_code == 200
    assert image.status_code == 200
