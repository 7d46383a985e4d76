"""A task the service no longer knows (deleted in the console, say): whether it answers with an
error, an empty object, or leaves the task out of a batch, the app stops asking about it, says
so, keeps tracking every other task, and nothing fails."""

from __future__ import annotations

import pytest

from hailuo_desktop.domain import messages
from hailuo_desktop.domain.task import GenerationRequest, TaskState

SHAPES = ["not_found", "empty", "null"]


@pytest.fixture
def service(make_service, sim):
    sim.generation_seconds = 30.0
    return make_service(opened=True, unknown_after=0.3)


def two_tracked(service, sim, qtbot):
    service.submit(GenerationRequest("minimax-t2v", "forgotten"))
    qtbot.waitUntil(lambda: len(sim.tasks) == 1, timeout=5000)
    service.submit(GenerationRequest("minimax-t2v", "still known"))
    qtbot.waitUntil(lambda: service.count() == 2 and all(t.task_id for t in service.tasks()),
                    timeout=5000)
    forgotten, known = sorted(service.tasks(), key=lambda t: t.request.prompt)
    return forgotten, known


@pytest.mark.parametrize("shape", SHAPES)
def test_a_forgotten_task_stops_being_asked_about_and_says_why(service, sim, qtbot, shape):
    sim.faults.unknown_tasks = shape
    forgotten, known = two_tracked(service, sim, qtbot)
    sim.store.delete(forgotten.task_id)
    qtbot.waitUntil(lambda: service.find(forgotten.local_id).error_code == "unknown_task",
                    timeout=5000)
    assert service.find(forgotten.local_id).state is TaskState.GONE
    assert "no longer knows" in messages.explain("unknown_task").sentence
    sim.complete_task(known.task_id)
    qtbot.waitUntil(lambda: service.find(known.local_id).state is TaskState.SUCCEEDED,
                    timeout=5000)


@pytest.mark.parametrize("shape", SHAPES)
def test_asking_for_a_fresh_link_of_a_forgotten_task_gives_none(service, sim, qtbot,
                                                                event_loop, shape):
    sim.faults.unknown_tasks = shape
    forgotten, _ = two_tracked(service, sim, qtbot)
    sim.store.delete(forgotten.task_id)
    job = event_loop.create_task(service.fresh_video_url(forgotten))
    qtbot.waitUntil(job.done, timeout=5000)
    assert job.result() is None
