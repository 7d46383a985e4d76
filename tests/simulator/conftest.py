"""Fixtures for the simulator's own tests: a running simulator and a small API client."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from hailuo_desktop.simulator import Simulator

TOKEN = "sim-token"
PLATFORM_TOKEN = "sim-platform-token"


def simulator_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("hailuo-sim")]


class Api:
    """Speaks the Hailuo protocol to a simulator with httpx, as the app would."""

    def __init__(self, client: httpx.Client) -> None:
        self.http = client

    def generate(self, **body: Any) -> httpx.Response:
        return self.http.post("/hailuo/videos", json={"action": "generate", **body})

    def submit(self, prompt: str = "A golden sunset over the ocean waves", **body: Any) -> str:
        answer = self.generate(prompt=prompt, **{"async": True, **body})
        assert answer.status_code == 200, answer.text
        return answer.json()["task_id"]

    def tasks(self, **body: Any) -> httpx.Response:
        return self.http.post("/hailuo/tasks", json=body)

    def retrieve(self, task_id: str) -> dict[str, Any]:
        answer = self.tasks(action="retrieve", id=task_id)
        assert answer.status_code == 200, answer.text
        return answer.json()

    def poll(
        self, task_id: str, done: Callable[[dict[str, Any]], bool], timeout: float = 10.0
    ) -> dict[str, Any]:
        """Re-query the task until ``done(record)``; fail after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            record = self.retrieve(task_id)
            if done(record):
                return record
            assert time.monotonic() < deadline, f"task never reached the state: {record}"


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator(token=TOKEN, generation_seconds=0) as simulator:
        yield simulator
    assert simulator_threads() == []


@pytest.fixture
def connect() -> Iterator[Callable[[Simulator], Api]]:
    """``connect(simulator)`` gives an ``Api`` on it; its connections close at teardown."""
    clients: list[httpx.Client] = []

    def make(simulator: Simulator) -> Api:
        headers = {"authorization": f"Bearer {simulator.token}", "accept": "application/json"}
        clients.append(httpx.Client(base_url=simulator.base_url, headers=headers, timeout=10))
        return Api(clients[-1])

    yield make
    for http in clients:
        http.close()


@pytest.fixture
def client(sim: Simulator, connect: Callable[[Simulator], Api]) -> httpx.Client:
    return connect(sim).http


@pytest.fixture
def api(client: httpx.Client) -> Api:
    return Api(client)


@pytest.fixture
def platform(sim: Simulator) -> Iterator[httpx.Client]:
    """An httpx client for the simulator's /api/v1/ endpoints, with the platform token."""
    headers = {"authorization": f"Bearer {sim.platform_token}", "accept": "application/json"}
    with httpx.Client(base_url=sim.base_url, headers=headers, timeout=10) as client:
        yield client
