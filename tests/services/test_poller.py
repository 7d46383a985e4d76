"""The poller on its own: what it asks, what it reports, how it waits, against a stand-in for
the tasks and a service answering through httpx.MockTransport."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
from fakes import Clock

from hailuo_desktop.api.client import HailuoClient
from hailuo_desktop.domain.task import GenerationRequest, Task, TaskState
from hailuo_desktop.domain.tracking import Tracking
from hailuo_desktop.services.poller import Poller


class Tasks:
    """The `Tracked` interface, remembering what the poller did with it."""

    def __init__(self, *tasks: Task):
        self.tasks = {t.local_id: t for t in tasks}
        self.records: list[dict] = []
        self.stale: list[str] = []

    def due(self) -> list[Task]:
        return [t for t in self.tasks.values() if t.state.is_polled and t.task_id]

    async def apply_record(self, task: Task, record: dict) -> None:
        self.records.append(record)
        if record.get("response"):
            self.tasks[task.local_id] = task.evolve(state=TaskState.SUCCEEDED)

    async def mark_stale(self, task: Task) -> None:
        self.stale.append(task.local_id)
        self.tasks[task.local_id] = task.evolve(state=TaskState.STALE)


def running(task_id: str, since: float = 0.0) -> Task:
    return Task(GenerationRequest("minimax-t2v", "p"), created_at=since, task_id=task_id,
                state=TaskState.PENDING, polling_since=since)


@pytest.fixture
def make_poller(qtbot, event_loop):
    made = []

    def make(tasks: Tasks, answer, clock=None, stale_after=1800.0):
        asked: list[dict] = []

        def handle(request: httpx.Request) -> httpx.Response:
            asked.append(json.loads(request.content))
            return answer(asked[-1])

        client = HailuoClient("https://api.example", "t", transport=httpx.MockTransport(handle))
        poller = Poller(tasks, client, interval=0.05, stale_after=stale_after,
                        clock=clock or Clock())
        statuses = []
        poller.trackingChanged.connect(statuses.append)
        made.append((poller, client))
        return poller, asked, statuses

    yield make

    async def stop_all():
        for poller, client in made:
            await poller.stop()
            await client.aclose()

    done = event_loop.create_task(stop_all())
    qtbot.waitUntil(done.done, timeout=5000)


def batch(*records: dict) -> httpx.Response:
    return httpx.Response(200, json={"items": list(records), "count": len(records)})


def test_asks_in_batches_and_hands_each_record_over(make_poller, qtbot):
    tasks = Tasks(*[running(f"id-{n}") for n in range(60)])
    poller, asked, statuses = make_poller(tasks, lambda body: batch(
        *[{"id": i, "response": {"success": True}} for i in body["ids"]]))
    poller.start()
    qtbot.waitUntil(lambda: len(tasks.records) == 60, timeout=5000)
    assert [len(body["ids"]) for body in asked[:2]] == [50, 10]
    qtbot.waitUntil(lambda: statuses and statuses[-1].kind is Tracking.IDLE, timeout=5000)


def test_a_busy_service_is_reported_with_the_next_try(make_poller, qtbot):
    clock = Clock(1000.0)
    poller, _, statuses = make_poller(
        Tasks(running("a")), lambda body: httpx.Response(
            429, json={"error": {"code": "too_many_requests"}}, headers={"retry-after": "7"}),
        clock=clock)
    poller.start()
    qtbot.waitUntil(lambda: bool(statuses), timeout=5000)
    assert statuses[0].kind is Tracking.BUSY and statuses[0].unfinished == 1
    assert statuses[0].next_check_at >= 1007.0


@pytest.mark.parametrize(("status", "code", "kind"), [
    (401, "invalid_token", Tracking.TOKEN), (500, "api_error", Tracking.TROUBLE)])
def test_trouble_is_reported_by_kind(make_poller, qtbot, status, code, kind):
    poller, _, statuses = make_poller(
        Tasks(running("a")), lambda body: httpx.Response(status, json={"error": {"code": code}}))
    poller.start()
    qtbot.waitUntil(lambda: bool(statuses), timeout=5000)
    assert statuses[0].kind is kind


def test_a_task_running_too_long_turns_stale_once(make_poller, qtbot):
    clock = Clock(10_000.0)
    tasks = Tasks(running("old", since=0.0), running("new", since=9_990.0))
    poller, _, _ = make_poller(tasks, lambda body: batch(*[{"id": i} for i in body["ids"]]),
                               clock=clock, stale_after=60.0)
    poller.start()
    old = next(t.local_id for t in tasks.tasks.values() if t.task_id == "old")
    qtbot.waitUntil(lambda: tasks.stale == [old], timeout=5000)


def test_an_idle_poller_waits_for_work_and_wakes(make_poller, qtbot, event_loop):
    tasks = Tasks()
    poller, asked, statuses = make_poller(tasks, lambda body: batch())
    poller.start()
    qtbot.waitUntil(lambda: bool(statuses) and statuses[-1].kind is Tracking.IDLE, timeout=5000)
    job = event_loop.create_task(asyncio.sleep(0.2))
    qtbot.waitUntil(job.done, timeout=2000)
    assert asked == []  # nothing to track: nothing asked
    tasks.tasks["x"] = running("x").evolve(local_id="x")
    poller.wake()
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)


def test_a_batch_refused_as_not_found_is_asked_one_id_at_a_time(make_poller, qtbot):
    tasks = Tasks(running("known"), running("gone"))

    def answer(body):
        if body["action"] == "retrieve_batch":
            return httpx.Response(404, json={"error": {"code": "not_found"}})
        if body["id"] == "gone":
            return httpx.Response(404, json={"error": {"code": "not_found"}})
        return httpx.Response(200, json={"id": body["id"], "response": {"success": True}})

    poller, asked, _ = make_poller(tasks, answer)
    poller.start()
    qtbot.waitUntil(lambda: [r["id"] for r in tasks.records] == ["known"], timeout=5000)
    assert {b.get("id") for b in asked if b["action"] == "retrieve"} == {"known", "gone"}
