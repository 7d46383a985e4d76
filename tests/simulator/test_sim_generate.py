"""POST /hailuo/videos: the three answer modes and request validation."""

from __future__ import annotations

import time
import uuid

import pytest

from hailuo_desktop.simulator import Simulator


def test_async_generate_answers_a_uuid4_task_id_at_once(api, sim):
    answer = api.generate(model="minimax-t2v", prompt="A cat in the snow", **{"async": True})

    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    task_id = answer.json()["task_id"]
    assert answer.json() == {"task_id": task_id}
    assert uuid.UUID(task_id).version == 4
    assert list(sim.tasks) == [task_id]


def test_generate_is_recorded_with_its_exact_body(api, sim):
    body = {"model": "minimax-t2v", "prompt": "Internal heat", "async": True}
    api.generate(**body)

    assert sim.generate_calls == 1
    assert sim.requests_received == [("/hailuo/videos", {"action": "generate", **body})]


def test_sync_generate_holds_the_request_until_the_video_is_ready(connect):
    with Simulator(generation_seconds=0.3) as sim:
        started = time.monotonic()
        answer = connect(sim).generate(prompt="Internal heat")
        waited = time.monotonic() - started

    assert waited >= 0.3
    body = answer.json()
    assert answer.status_code == 200
    assert body["success"] is True
    assert uuid.UUID(body["trace_id"])
    item = body["data"][0]
    assert item["state"] == "succeeded"
    assert item["model"] == "minimax-t2v"
    assert item["prompt"] == "Internal heat"
    assert item["video_url"] == f"{sim.base_url}/videos/{body['task_id']}.mp4"
    assert len(item["id"]) == 26


def test_callback_url_alone_answers_the_task_id_at_once(api, sim):
    answer = api.generate(prompt="Internal heat", callback_url="http://127.0.0.1:9/hook")

    assert answer.status_code == 200
    assert set(answer.json()) == {"task_id"}


def test_model_defaults_to_text_to_video(api):
    task_id = api.submit(prompt="no model given")

    record = api.retrieve(task_id)

    assert record["response"]["data"][0]["model"] == "minimax-t2v"


@pytest.mark.parametrize("model", ["minimax-i2v", "minimax-i2v-director"])
def test_image_models_accept_an_http_first_image(api, sim, model):
    image = sim.sample_image_urls[0]
    task_id = api.submit(prompt="[Push in] leaves fall", model=model, first_image_url=image)

    item = api.retrieve(task_id)["response"]["data"][0]

    assert item["model"] == model
    assert item["first_image_url"] == image


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"action": "edit", "prompt": "x"}, "action is invalid."),
        ({"action": "generate", "model": "sora-2", "prompt": "x"}, "model is invalid."),
        ({"action": "generate", "prompt": ""}, "prompt is required."),
        (
            {"action": "generate", "model": "minimax-i2v", "prompt": "x"},
            "first_image_url is required for minimax-i2v.",
        ),
        (
            {"action": "generate", "model": "minimax-i2v-director", "prompt": "x"},
            "first_image_url is required for minimax-i2v-director.",
        ),
    ],
)
def test_invalid_generate_requests_answer_400_bad_request(api, sim, body, message):
    answer = api.http.post("/hailuo/videos", json=body)

    assert answer.status_code == 400
    assert answer.json()["error"] == {"code": "bad_request", "message": message}
    assert uuid.UUID(answer.json()["trace_id"])
    assert sim.tasks == {}


@pytest.mark.parametrize(
    "image", ["data:image/png;base64,iVBORw0KGgo=", "file:///tmp/a.png", "ftp://host/a.png"]
)
def test_first_image_url_must_be_public_http(api, sim, image):
    answer = api.generate(prompt="x", model="minimax-i2v", first_image_url=image)

    assert answer.status_code == 400
    assert answer.json()["error"]["code"] == "bad_request"
    assert "data: URLs are not supported" in answer.json()["error"]["message"]
    assert sim.tasks == {}


def test_a_body_that_is_not_json_is_a_bad_request(client):
    answer = client.post("/hailuo/videos", content=b"{not json", headers={"content-type": "x"})

    assert answer.status_code == 400
    assert answer.json()["error"]["code"] == "bad_request"


def test_unknown_api_path_answers_404_no_api(client):
    answer = client.post("/hailuo/images", json={"action": "generate"})

    assert answer.status_code == 404
    assert answer.json()["error"]["code"] == "no_api"
