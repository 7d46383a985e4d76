"""The task service against the real simulator over loopback, with a clock the test controls."""

from __future__ import annotations

import httpx
from fakes import Clock

from hailuo_desktop.api.client import BATCH_LIMIT
from hailuo_desktop.domain.task import GenerationRequest, Task, TaskState
from hailuo_desktop.services.task_service import TaskService


def run(qtbot, event_loop, coro):
    job = event_loop.create_task(coro)
    qtbot.waitUntil(job.done, timeout=10000)
    return job.result()


def states(service: TaskService) -> list[TaskState]:
    return [t.state for t in service.tasks()]


def seed_ledger(qtbot, event_loop, service: TaskService, tasks: list[Task]) -> None:
    async def write():
        await service._ledger.open()
        for task in tasks:
            await service._ledger.save(task)
    run(qtbot, event_loop, write())


def test_more_than_fifty_unfinished_tasks_are_polled_in_batches(qtbot, event_loop, sim,
                                                                 make_service):
    with httpx.Client(base_url=sim.base_url,
                      headers={"authorization": f"Bearer {sim.token}"}) as http:
        accepted = [http.post("/hailuo/videos", json={
            "action": "generate", "model": "minimax-t2v", "prompt": f"clip {i}", "async": True,
        }).json()["task_id"] for i in range(BATCH_LIMIT + 23)]
    service = make_service(clock=Clock())
    seed_ledger(qtbot, event_loop, service, [
        Task(GenerationRequest("minimax-t2v", f"clip {i}"), created_at=service.now(),
             local_id=f"l{i}", state=TaskState.PENDING, task_id=task_id)
        for i, task_id in enumerate(accepted)])
    run(qtbot, event_loop, service.start())
    qtbot.waitUntil(lambda: states(service) == [TaskState.SUCCEEDED] * len(accepted),
                    timeout=15000)
    batches = [r.body["ids"] for r in sim.requests_received
               if r.path == "/hailuo/tasks" and r.body.get("action") == "retrieve_batch"]
    assert batches and max(len(ids) for ids in batches) <= BATCH_LIMIT
    assert {i for ids in batches for i in ids} == set(accepted)
    assert all(t.video_url for t in service.tasks())


def test_a_task_running_too_long_goes_stale_and_can_be_checked_again(qtbot, event_loop, sim,
                                                                     make_service):
    clock = Clock()
    sim.generation_seconds = 3600
    service = make_service(clock=clock, stale_after=60)
    run(qtbot, event_loop, service._ledger.open())
    run(qtbot, event_loop, service.start())
    service.submit(GenerationRequest("minimax-t2v", "a very slow one"))
    qtbot.waitUntil(lambda: states(service) in ([TaskState.PENDING], [TaskState.PROCESSING]),
                    timeout=5000)

    clock.now += 61
    qtbot.waitUntil(lambda: states(service) == [TaskState.STALE], timeout=5000)
    polls_when_stale = len(sim.requests_received)
    [task] = service.tasks()

    sim.complete_task(task.task_id)
    service.refresh(task.local_id)
    qtbot.waitUntil(lambda: states(service) == [TaskState.SUCCEEDED], timeout=5000)
    assert len(sim.requests_received) > polls_when_stale
    assert sim.generate_calls == 1


def test_a_crash_mid_submission_comes_back_unconfirmed(qtbot, event_loop, make_service):
    service = make_service(clock=Clock())
    seed_ledger(qtbot, event_loop, service, [
        Task(GenerationRequest("minimax-t2v", "sent when the power went out"),
             created_at=service.now(), local_id="crashed", state=TaskState.SUBMITTING)])
    run(qtbot, event_loop, service.start())
    assert states(service) == [TaskState.UNCONFIRMED]
    reloaded = run(qtbot, event_loop, service._ledger.load_all())
    assert [t.state for t in reloaded] == [TaskState.UNCONFIRMED]
