"""Which of the service's tasks is an unconfirmed row: same request, close in time, one each."""

from __future__ import annotations

from hailuo_desktop.domain.recovery import (
    MATCH_AFTER,
    MATCH_BEFORE,
    is_findable,
    match,
    window,
)
from hailuo_desktop.domain.task import GenerationRequest, Task, TaskState

T0 = 1_800_000_000.0


def row(prompt="A fox in the snow", model="minimax-t2v", image=None, at=T0, **changes) -> Task:
    return Task(GenerationRequest(model, prompt, image), created_at=at,
                state=TaskState.UNCONFIRMED, error_code="unconfirmed").evolve(**changes)


def record(task_id, prompt="A fox in the snow", model="minimax-t2v", image=None, at=T0 + 1):
    request = {"action": "generate", "prompt": prompt, "async": True}
    if model != "minimax-t2v":
        request["model"] = model  # the service's default is not always written out
    if image:
        request["first_image_url"] = image
    return {"id": task_id, "created_at": at, "request": request}


def test_the_same_request_close_in_time_matches():
    task = row()
    assert match([task], [record("t1")], set()) == {task.local_id: record("t1")}


def test_prompt_model_and_first_frame_must_all_be_the_same():
    task = row(model="minimax-i2v", image="https://x/a.png")
    records = [record("p", prompt="A fox in the rain", model="minimax-i2v",
                      image="https://x/a.png"),
               record("m", model="minimax-i2v-director", image="https://x/a.png"),
               record("i", model="minimax-i2v", image="https://x/b.png"),
               record("t2v")]
    assert match([task], records, set()) == {}
    good = record("ok", model="minimax-i2v", image="https://x/a.png")
    assert match([task], [*records, good], set()) == {task.local_id: good}


def test_only_tasks_created_around_the_request_match():
    task = row()
    too_early = record("early", at=T0 - MATCH_BEFORE - 1)
    too_late = record("late", at=T0 + MATCH_AFTER + 1)
    assert match([task], [too_early, too_late], set()) == {}
    assert window([task, row(at=T0 + 50)]) == (T0 - MATCH_BEFORE, T0 + 50 + MATCH_AFTER)


def test_takes_of_one_prompt_each_find_their_own_task_closest_first():
    first, second = row(at=T0), row(at=T0 + 30)
    found = match([second, first], [record("b", at=T0 + 31), record("a", at=T0 + 1)], set())
    assert found[first.local_id]["id"] == "a" and found[second.local_id]["id"] == "b"


def test_a_task_the_app_already_follows_is_never_taken():
    assert match([row()], [record("known")], {"known"}) == {}


def test_records_without_an_id_time_or_request_are_skipped():
    broken = [{"created_at": T0}, {"id": "x", "request": {"prompt": "A fox in the snow"}},
              {"id": "y", "created_at": True, "request": {}}, {"id": "z", "created_at": T0}]
    assert match([row()], broken, set()) == {}


def test_only_unconfirmed_rows_without_a_task_id_are_looked_for():
    assert is_findable(row())
    assert is_findable(row(error_code="unconfirmed_unseen"))
    assert not is_findable(row(task_id="found-already"))
    assert not is_findable(row(state=TaskState.FAILED))
    assert not is_findable(row(error_code="ledger"))
