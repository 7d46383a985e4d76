"""Finding tasks whose generate answer was lost, against the real simulator over loopback."""

from __future__ import annotations

from hailuo_desktop.domain import messages
from hailuo_desktop.domain.task import GenerationRequest, TaskState

QUICK = (0.05, 0.1, 0.2)


def only(service):
    assert service.count() == 1
    return service.tasks()[0]


def test_a_lost_answer_is_found_and_followed_to_the_end(make_service, sim, qtbot):
    sim.faults.drop = 1
    service = make_service(opened=True, search_delays=QUICK)
    service.submit(GenerationRequest("minimax-t2v", "A fox in the snow"))
    qtbot.waitUntil(lambda: only(service).state is TaskState.UNCONFIRMED, timeout=5000)
    accepted = next(iter(sim.tasks))
    qtbot.waitUntil(lambda: only(service).task_id == accepted, timeout=5000)
    qtbot.waitUntil(lambda: only(service).state is TaskState.SUCCEEDED, timeout=5000)
    task = only(service)
    assert task.error_code is None and task.video_url == sim.video_url(accepted)
    assert sim.generate_calls == 1
    assert service.account()["user_id"] == sim.store.owner["user_id"]


def test_two_lost_takes_of_one_prompt_find_their_own_tasks(make_service, sim, qtbot):
    sim.faults.drop = 2
    service = make_service(opened=True, search_delays=QUICK)
    for _ in range(2):
        service.submit(GenerationRequest("minimax-t2v", "Two takes"))
    qtbot.waitUntil(lambda: service.count() == 2 and all(
        task.task_id for task in service.tasks()), timeout=8000)
    assert {task.task_id for task in service.tasks()} == set(sim.tasks)
    assert sim.generate_calls == 2


def test_a_request_the_service_never_started_says_it_was_looked_for(make_service, sim, qtbot):
    sim.faults.drop = 1
    service = make_service(opened=True, search_delays=(0.5, 0.6))
    service.submit(GenerationRequest("minimax-t2v", "Lost on the way"))
    qtbot.waitUntil(lambda: service.count() == 1 and bool(sim.tasks), timeout=5000)
    sim.store.delete(next(iter(sim.tasks)))  # as if it never arrived
    qtbot.waitUntil(lambda: only(service).error_code == "unconfirmed_unseen", timeout=5000)
    task = only(service)
    assert task.state is TaskState.UNCONFIRMED and task.task_id is None
    assert "did not find it" in messages.explain(task.error_code).sentence
    assert sim.generate_calls == 1


def test_unconfirmed_rows_of_an_earlier_run_are_looked_for_at_start(make_service, sim, qtbot):
    sim.faults.drop = 1
    first = make_service(opened=True, search_delays=(3600.0,))  # this run never gets to look
    first.submit(GenerationRequest("minimax-t2v", "Found after a restart"))
    qtbot.waitUntil(lambda: first.count() == 1 and only(first).state is
                    TaskState.UNCONFIRMED, timeout=5000)
    accepted = next(iter(sim.tasks))

    second = make_service(opened=True, search_delays=QUICK)
    qtbot.waitUntil(lambda: second.count() == 1 and only(second).task_id == accepted,
                    timeout=5000)
    assert sim.generate_calls == 1


def test_the_user_can_ask_to_look_again(make_service, sim, qtbot):
    sim.faults.drop = 1
    service = make_service(opened=True, search_delays=(3600.0,))
    service.submit(GenerationRequest("minimax-t2v", "Look again, please"))
    qtbot.waitUntil(lambda: service.count() == 1 and only(service).state is
                    TaskState.UNCONFIRMED, timeout=5000)
    service.look_for(only(service).local_id)
    qtbot.waitUntil(lambda: only(service).task_id == next(iter(sim.tasks)), timeout=5000)
