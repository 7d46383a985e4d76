"""The order of the rows: the chosen column's key, then the start time, with the takes of one
shot kept together in take order wherever their shot sorts.

Keys are cheap on purpose (ten thousand rows sort in one `list.sort`): a dictionary look-up
where the column's text depends on one field, the prompt folded once per task, never a cell
formatted for each comparison.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter

from PySide6.QtCore import Qt

from ...domain.models import model_by_id
from ...domain.takes import TakeGroups
from ...domain.task import DownloadState, Task, TaskState, state_label
from .cells import Column, file_label


class RowOrder:
    def __init__(self, takes: TakeGroups, find: Callable[[str], Task | None],
                 now: Callable[[], float]):
        self._takes = takes
        self._find = find
        self._now = now
        self._column = Column.CREATED
        self._order = Qt.SortOrder.DescendingOrder
        self._folded: dict[str, str] = {}  # local id → prompt for sorting, folded once

    def chosen(self) -> tuple[Column, Qt.SortOrder]:
        return self._column, self._order

    def choose(self, column: Column, order: Qt.SortOrder) -> None:
        self._column, self._order = column, order

    def forget(self, local_id: str) -> None:
        self._folded.pop(local_id, None)

    def arrange(self, tasks: list[Task]) -> list[Task]:
        return sorted(tasks, key=self._key(), reverse=self._descending())

    def position(self, rows: list[Task], task: Task) -> int:
        """Where `task` goes among `rows`, which are in this order."""
        key = self._key()
        mine = key(task)
        descending = self._descending()
        for row, other in enumerate(rows):
            theirs = key(other)
            if (mine > theirs) if descending else (mine < theirs):
                return row
        return len(rows)

    def _descending(self) -> bool:
        return self._order is Qt.SortOrder.DescendingOrder

    def _key(self) -> Callable[[Task], tuple]:
        primary = self._primary()
        step = -1 if self._descending() else 1
        leader, find = self._takes.leader, self._find

        def key(task: Task) -> tuple:
            group = task.group_id
            if group is None:
                return (primary(task), task.created_at, task.local_id, 0)
            first = find(leader(task)) or task
            return (primary(first), first.created_at, group, step * (task.take_number or 0))

        return key

    def _primary(self) -> Callable[[Task], object]:
        """What the chosen column compares."""
        column = self._column
        if column is Column.ELAPSED:
            now = self._now()
            return lambda t: t.elapsed(now)
        if column is Column.PROMPT:
            folded = self._folded
            return lambda t: folded.get(t.local_id) or self._fold(t)
        if column is Column.PREVIEW:
            return lambda t: t.poster_path is not None
        if column is Column.STAR:
            return attrgetter("starred")
        if column is Column.STATE:
            states = {state: state_label(state).casefold() for state in TaskState}
            return lambda t: states[t.state]
        if column is Column.FILE:
            files = {state: file_label(state).casefold() for state in DownloadState}
            return lambda t: files[t.download_state]
        if column is Column.MODEL:
            labels: dict[str, str] = {}
            return lambda t: labels.get(t.request.model) or labels.setdefault(
                t.request.model, model_by_id(t.request.model).label.casefold())
        return lambda _t: 0   # Started: the time itself decides

    def _fold(self, task: Task) -> str:
        folded = self._folded[task.local_id] = " ".join(task.request.prompt.split()).casefold()
        return folded
