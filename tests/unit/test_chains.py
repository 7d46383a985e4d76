"""Sequences of shots made from each other's frames, in order."""

from __future__ import annotations

from hailuo_desktop.domain.chains import followers, shot_chain, window_around
from hailuo_desktop.domain.task import GenerationRequest, Task


def shot(name: str, after: str | None = None, at: float = 0.0) -> Task:
    return Task(GenerationRequest("minimax-i2v", name), created_at=at, local_id=name,
                continues_from=after)


def chain(tasks: list[Task], start: str) -> list[str]:
    by_id = {t.local_id: t for t in tasks}
    return [t.local_id for t in shot_chain(by_id[start], by_id.get, followers(tasks))]


def test_from_any_shot_the_whole_sequence_first_shot_first():
    tasks = [shot("c", "b", 3), shot("a", None, 1), shot("b", "a", 2), shot("other", None, 4)]
    for start in "abc":
        assert chain(tasks, start) == ["a", "b", "c"]
    assert chain(tasks, "other") == ["other"]


def test_a_shot_continued_twice_keeps_the_first_branch_made():
    tasks = [shot("a", None, 1), shot("late", "a", 5), shot("early", "a", 2)]
    assert chain(tasks, "a") == ["a", "early"]
    assert chain(tasks, "late") == ["a", "late"]  # the shot chosen stays in its sequence


def test_a_removed_shot_ends_the_sequence_there():
    tasks = [shot("b", "gone", 2), shot("c", "b", 3)]
    assert chain(tasks, "c") == ["b", "c"]


def test_a_loop_in_damaged_records_ends():
    tasks = [shot("a", "b", 1), shot("b", "a", 2)]
    assert chain(tasks, "a") == ["b", "a"]


def test_a_long_sequence_shows_the_shot_with_its_neighbours():
    tasks = [shot(str(n), str(n - 1) if n else None, n) for n in range(6)]
    whole = shot_chain(tasks[0], {t.local_id: t for t in tasks}.get, followers(tasks))
    assert [t.local_id for t in window_around(whole, tasks[0], 4)] == ["0", "1", "2", "3"]
    assert [t.local_id for t in window_around(whole, tasks[3], 4)] == ["2", "3", "4", "5"]
    assert [t.local_id for t in window_around(whole, tasks[5], 4)] == ["2", "3", "4", "5"]
    assert window_around(whole[:3], tasks[1], 4) == whole[:3]
