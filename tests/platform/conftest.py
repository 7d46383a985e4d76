"""Fixtures for the platform features: a simulator that serves the API, the platform and the
status page on one loopback port (tests/conftest.py keeps the developer's settings out)."""

from __future__ import annotations

import httpx
import pytest

from hailuo_desktop.simulator import Simulator

API_TOKEN = "platform-tests-api-token"
PLATFORM_TOKEN = "platform-v1-" + "5b8f" * 16


@pytest.fixture
def sim():
    with Simulator(token=API_TOKEN, platform_token=PLATFORM_TOKEN,
                   generation_seconds=0.2) as simulator:
        yield simulator


def run(qtbot, event_loop, coro, timeout: int = 10000):
    """Run a coroutine on the qasync loop while Qt spins; its result (or its exception)."""
    job = event_loop.create_task(coro)
    qtbot.waitUntil(job.done, timeout=timeout)
    return job.result()


class Recording(httpx.AsyncBaseTransport):
    """The real network, with every request noted."""

    def __init__(self):
        self._inner = httpx.AsyncHTTPTransport()
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request):
        self.requests.append(request)
        return await self._inner.handle_async_request(request)

    async def aclose(self):
        await self._inner.aclose()

    def paths(self) -> list[str]:
        return [request.url.path for request in self.requests]


@pytest.fixture
def closing(qtbot, event_loop):
    """`closing(thing)` returns it and awaits its shutdown() or aclose() at teardown."""
    things = []

    def add(thing):
        things.append(thing)
        return thing

    yield add

    async def close_all():
        for thing in reversed(things):
            await (thing.shutdown() if hasattr(thing, "shutdown") else thing.aclose())

    run(qtbot, event_loop, close_all())
