"""Takes of one shot: numbered, led by their first take, labelled "Take 2 of 3"."""

from __future__ import annotations

from hailuo_desktop.domain.takes import TakeGroups
from hailuo_desktop.domain.task import GenerationRequest, Task


def task(**changes) -> Task:
    return Task(GenerationRequest("minimax-t2v", "A lighthouse"), created_at=1.0, **changes)


def test_takes_of_one_shot():
    takes = [task(local_id=f"t{n}", group_id="shot", take_number=n) for n in (2, 1, 3)]
    single = task(local_id="single")
    groups = TakeGroups()
    for t in [*takes, single]:
        groups.add(t)
    assert groups.members("shot") == ["t1", "t2", "t3"]
    assert groups.leader(takes[0]) == "t1" and groups.leader(single) == "single"
    assert groups.position(takes[0]) == (2, 3) and groups.position(single) is None
    groups.discard("t1")
    assert groups.leader(takes[0]) == "t2"
    assert groups.position(takes[2]) == (3, 3), "take 3 keeps its number"
    groups.discard("t2")
    groups.discard("t3")
    assert groups.members("shot") == []
