"""Takes of one shot: the generations one press sent, which share a group id and are numbered
from 1. Views keep them together and label them "Take 2 of 3"."""

from __future__ import annotations

from .task import Task


class TakeGroups:
    """Which tasks are takes of which shot, kept up to date as tasks come and go."""

    def __init__(self) -> None:
        self._groups: dict[str, dict[str, int]] = {}   # group id → local id → take number
        self._group_of: dict[str, str] = {}            # local id → group id

    def add(self, task: Task) -> None:
        if task.group_id is not None:
            self._groups.setdefault(task.group_id, {})[task.local_id] = task.take_number or 0
            self._group_of[task.local_id] = task.group_id

    def discard(self, local_id: str) -> None:
        group = self._group_of.pop(local_id, None)
        if group is not None:
            members = self._groups[group]
            del members[local_id]
            if not members:
                del self._groups[group]

    def members(self, group_id: str | None) -> list[str]:
        """Local ids of a shot's takes, take 1 first."""
        members = self._groups.get(group_id or "", {})
        return sorted(members, key=members.__getitem__)

    def leader(self, task: Task) -> str:
        """The local id whose place the whole group takes when sorted: its first take."""
        members = self._groups.get(task.group_id or "")
        if not members:
            return task.local_id
        return min(members, key=members.__getitem__)

    def position(self, task: Task) -> tuple[int, int] | None:
        """(take, of how many) for a take of a shot of several; None for a single clip."""
        members = self._groups.get(task.group_id or "")
        if not members or task.take_number is None:
            return None
        count = max(len(members), max(members.values()))
        return (task.take_number, count) if count > 1 else None
