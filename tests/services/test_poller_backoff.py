"""Tracking through a run of server errors: short waits, the next check in view, Check now.

The poller asks the real simulator over loopback; the simulator's `server_error` switch makes
its next answers 500s. The clock the poller reports times with is the test's, so a status's
`next_check_at` minus that clock is the wait the poller chose.
"""

from __future__ import annotations

import httpx
import pytest
from fakes import Clock

from hailuo_desktop.api.client import HailuoClient
from hailuo_desktop.domain.task import GenerationRequest, Task, TaskState
from hailuo_desktop.domain.tracking import Tracking
from hailuo_desktop.services.poller import BACKOFF_CAP_SECONDS, Poller

TOKEN = "poller-token"
INTERVAL = 5.0


class Tracked:
    """The poller's view of the tasks: one running task, and what the service said of it."""

    def __init__(self, task: Task):
        self.task = task

    def due(self) -> list[Task]:
        return [self.task] if self.task.state.is_polled else []

    async def apply_record(self, task: Task, record: dict) -> None:
        if record.get("response", {}).get("success"):
            self.task = self.task.evolve(state=TaskState.SUCCEEDED)

    async def mark_stale(self, task: Task) -> None:
        self.task = self.task.evolve(state=TaskState.STALE)


@pytest.fixture
def poller_for(qtbot, event_loop, simulator_with_task):
    sim, task_id = simulator_with_task
    made = []

    def make(age: float) -> tuple[Poller, Tracked, Clock]:
        clock = Clock()
        tracked = Tracked(Task(GenerationRequest("minimax-t2v", "a clip"),
                               created_at=clock.now - age, polling_since=clock.now - age,
                               state=TaskState.PENDING, task_id=task_id))
        client = HailuoClient(sim.base_url, TOKEN)
        poller = Poller(tracked, client, interval=INTERVAL, stale_after=86400, clock=clock)
        made.append((poller, client))
        return poller, tracked, clock

    yield make

    async def close():
        for poller, client in made:
            await poller.stop()
            await client.aclose()

    job = event_loop.create_task(close())
    qtbot.waitUntil(job.done, timeout=5000)


@pytest.fixture
def simulator_with_task():
    from hailuo_desktop.simulator import Simulator

    with Simulator(token=TOKEN, generation_seconds=3600) as sim:
        with httpx.Client(base_url=sim.base_url,
                          headers={"authorization": f"Bearer {TOKEN}"}) as http:
            task_id = http.post("/hailuo/videos", json={
                "action": "generate", "model": "minimax-t2v", "prompt": "a clip",
                "async": True}).json()["task_id"]
        yield sim, task_id


def next_report(qtbot, poller: Poller, kind: Tracking):
    """The next status of `kind` that names a time for the next check."""
    with qtbot.waitSignal(poller.trackingChanged, timeout=5000,
                          check_params_cb=lambda s: s.kind is kind
                          and s.next_check_at is not None) as blocker:
        pass
    return blocker.args[0]


def test_server_errors_keep_the_wait_within_a_few_intervals_while_a_task_is_young(
        qtbot, poller_for, simulator_with_task):
    sim, _ = simulator_with_task
    sim.faults.server_error = 4
    poller, _, clock = poller_for(age=30)
    waits = []
    with qtbot.waitSignal(poller.trackingChanged, timeout=5000,
                          check_params_cb=lambda s: s.next_check_at is not None) as first:
        poller.start()
    status = first.args[0]
    for _ in range(4):
        assert status.kind is Tracking.TROUBLE and status.unfinished == 1
        waits.append(status.next_check_at - clock())
        poller.check_now()  # the user's button: no need to sit through the wait in a test
        status = next_report(qtbot, poller, Tracking.TROUBLE if len(waits) < 4 else Tracking.OK)
    assert max(waits) <= 3 * INTERVAL, waits  # was 70 s after four 500s
    assert status.next_check_at - clock() == INTERVAL, "a good answer: the usual pace again"


def test_an_old_task_waits_at_most_thirty_seconds(qtbot, poller_for, simulator_with_task):
    sim, _ = simulator_with_task
    sim.faults.server_error = 8
    poller, _, clock = poller_for(age=3600)
    waits = []
    poller.start()
    for _ in range(6):
        status = next_report(qtbot, poller, Tracking.TROUBLE)
        waits.append(status.next_check_at - clock())
        poller.check_now()
    assert max(waits) <= BACKOFF_CAP_SECONDS, waits
    assert waits[-1] > 3 * INTERVAL / 2, "an old task's waits still grow"


def test_news_of_a_task_does_not_cut_a_wait_short_but_check_now_does(
        qtbot, poller_for, simulator_with_task):
    sim, _ = simulator_with_task
    sim.faults.server_error = 1
    poller, _, _ = poller_for(age=30)
    poller.start()
    next_report(qtbot, poller, Tracking.TROUBLE)
    asked = len(sim.requests_received)
    with qtbot.assertNotEmitted(poller.trackingChanged, wait=400):
        poller.wake()  # what TaskService does on every change of a polled task
    assert len(sim.requests_received) == asked
    poller.check_now()
    status = next_report(qtbot, poller, Tracking.OK)
    assert len(sim.requests_received) == asked + 1 and status.unfinished == 1


def test_a_finished_clip_is_seen_at_the_first_check_after_the_errors(
        qtbot, poller_for, simulator_with_task):
    sim, task_id = simulator_with_task
    sim.faults.server_error = 2
    poller, tracked, _ = poller_for(age=30)
    poller.start()
    next_report(qtbot, poller, Tracking.TROUBLE)
    sim.complete_task(task_id)
    poller.check_now()
    next_report(qtbot, poller, Tracking.TROUBLE)
    poller.check_now()
    qtbot.waitUntil(lambda: tracked.task.state is TaskState.SUCCEEDED, timeout=5000)
    qtbot.waitUntil(lambda: poller.status().kind is Tracking.IDLE, timeout=5000)
