"""Shots made one after another: a clip started from a frame of another (`continues_from`)
continues it, and the sequence can be played in order.

A sequence is followed back from a clip to the first shot, then onward from the clip along its
earliest continuation (a shot continued twice branches; the first branch made is the one the
sequence keeps). Removed clips leave a gap: the sequence ends there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .task import Task


def followers(tasks: Iterable[Task]) -> dict[str, Task]:
    """For each clip continued, the earliest clip that continues it."""
    first: dict[str, Task] = {}
    for task in tasks:
        parent = task.continues_from
        if parent and (parent not in first or task.created_at < first[parent].created_at):
            first[parent] = task
    return first


def shot_chain(task: Task, find: Callable[[str], Task | None],
               next_of: dict[str, Task]) -> list[Task]:
    """The shots of `task`'s sequence, first shot first; [task] when it stands alone."""
    chain, seen = [task], {task.local_id}
    earlier = task
    while earlier.continues_from and earlier.continues_from not in seen:
        earlier = find(earlier.continues_from)
        if earlier is None:
            break
        seen.add(earlier.local_id)
        chain.insert(0, earlier)
    later = next_of.get(task.local_id)
    while later is not None and later.local_id not in seen:
        seen.add(later.local_id)
        chain.append(later)
        later = next_of.get(later.local_id)
    return chain


def window_around(chain: list[Task], task: Task, most: int) -> list[Task]:
    """At most `most` consecutive shots of `chain` with `task` among them, in order: the
    shot before it and those after when the sequence is longer than that."""
    if len(chain) <= most:
        return chain
    at = chain.index(task)
    start = max(0, min(at - 1, len(chain) - most))
    return chain[start:start + most]
