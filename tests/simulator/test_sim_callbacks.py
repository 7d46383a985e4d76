"""callback_url: the simulator really POSTs the final body to the given URL."""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest

from hailuo_desktop.simulator import Simulator


class Receiver:
    """A tiny HTTP server that queues every JSON body POSTed to it."""

    def __init__(self) -> None:
        bodies: queue.Queue[tuple[str, Any]] = queue.Queue()
        self.bodies = bodies

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers["Content-Length"])
                bodies.put((self.path, json.loads(self.rfile.read(length))))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def next_body(self) -> tuple[str, Any]:
        return self.bodies.get(timeout=10)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    receiver = Receiver()
    receiver.thread.start()
    yield receiver
    receiver.server.shutdown()
    receiver.server.server_close()
    receiver.thread.join()


def test_callback_receives_the_same_body_as_a_synchronous_answer(api, sim, receiver):
    answer = api.generate(prompt="Internal heat", callback_url=receiver.url)
    task_id = answer.json()["task_id"]

    path, body = receiver.next_body()

    assert path == "/hook"
    assert body["success"] is True
    assert body["task_id"] == task_id
    assert body["data"][0]["state"] == "succeeded"
    assert body["data"][0]["video_url"] == sim.video_url(task_id)
    assert body == api.retrieve(task_id)["response"]


def test_callback_is_sent_only_when_the_task_ends(connect, receiver):
    with Simulator(generation_seconds=3600) as sim:
        api = connect(sim)
        task_id = api.submit(callback_url=receiver.url)
        assert receiver.bodies.empty()

        sim.complete_task(task_id)
        _, body = receiver.next_body()

    assert body["task_id"] == task_id


def test_callback_of_a_failed_task_carries_the_error(api, sim, receiver):
    sim.faults.fail_tasks = 1

    api.submit(callback_url=receiver.url)
    _, body = receiver.next_body()

    assert body["success"] is False
    assert body["error"]["code"] == "content_moderation"


def test_callback_attempts_are_recorded_even_when_delivery_fails(connect):
    with Simulator(generation_seconds=0) as sim:
        api = connect(sim)
        task_id = api.submit(callback_url="http://127.0.0.1:9/unreachable")
        # stop() joins the callback thread, so its attempt is on record afterwards.
    [attempt] = sim.callback_attempts

    assert attempt.task_id == task_id
    assert attempt.url == "http://127.0.0.1:9/unreachable"
    assert attempt.status is None
    assert attempt.error


def test_stop_abandons_callbacks_of_unfinished_tasks(connect, receiver):
    with Simulator(generation_seconds=3600) as sim:
        connect(sim).submit(callback_url=receiver.url)

    assert sim.callback_attempts == []
    assert receiver.bodies.empty()
