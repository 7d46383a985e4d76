"""Finding clips in the library: what the search box and the filters beside it ask for, and the
per-task text a search reads.

Typing must stay instant over ten thousand tasks, so each task's searchable text is folded once
(NFKD, accents dropped, casefolded, spaces collapsed; Chinese and other scripts kept as they
are) and a keystroke only tests substrings of those precomputed strings.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from .task import Task, TaskState


class StatusChoice(StrEnum):
    ANY = "any"
    DONE = "done"
    FAILED = "failed"
    RUNNING = "running"
    UNCONFIRMED = "unconfirmed"


STATUS_STATES: dict[StatusChoice, frozenset[TaskState]] = {
    StatusChoice.DONE: frozenset({TaskState.SUCCEEDED}),
    StatusChoice.FAILED: frozenset({TaskState.FAILED}),
    # A task still running at the service is running, whether or not the app still asks.
    StatusChoice.RUNNING: frozenset({TaskState.SUBMITTING, TaskState.PENDING,
                                     TaskState.PROCESSING, TaskState.STALE}),
    StatusChoice.UNCONFIRMED: frozenset({TaskState.UNCONFIRMED}),
}


class Period(StrEnum):
    ALL = "all"
    TODAY = "today"
    WEEK = "week"


def fold(text: str) -> str:
    """Text as a search compares it: "Café  Ünder" and "cafe under" fold alike; 灯塔 stays 灯塔."""
    if text.isascii():   # most prompts: nothing to decompose, and lower() is casefold()
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def period_start(period: Period, now: float) -> float | None:
    """Unix time where the period begins in local time (weeks start on Monday); None: always."""
    if period is Period.ALL:
        return None
    day = time.localtime(now)
    back = day.tm_wday if period is Period.WEEK else 0
    midnight = time.mktime((day.tm_year, day.tm_mon, day.tm_mday - back, 0, 0, 0, 0, 0, -1))
    return midnight


class SearchIndex:
    """Each task's folded search text, made once and remade only when the ids it holds change.

    The text holds the prompt, the task id and the trace id, so a pasted id finds its row."""

    def __init__(self) -> None:
        self._texts: dict[str, tuple[str | None, str | None, str]] = {}

    def text(self, task: Task) -> str:
        known = self._texts.get(task.local_id)
        if known is not None and known[0] == task.task_id and known[1] == task.trace_id:
            return known[2]
        ids = " ".join(i for i in (task.task_id, task.trace_id) if i)
        text = fold(f"{task.request.prompt}\n{ids}")
        self._texts[task.local_id] = (task.task_id, task.trace_id, text)
        return text

    def forget(self, local_id: str) -> None:
        self._texts.pop(local_id, None)


@dataclass(frozen=True)
class LibraryFilter:
    """What the user asked to see. The default shows everything."""

    text: str = ""
    status: StatusChoice = StatusChoice.ANY
    model: str | None = None          # a model id, or None for every model
    period: Period = Period.ALL
    starred: bool = False
    terms: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "terms", tuple(fold(self.text).split()))

    @property
    def is_empty(self) -> bool:
        """Nothing is filtered out (blank search text included)."""
        return not self.terms and replace(self, text="") == LibraryFilter()

    def narrows(self, before: LibraryFilter) -> bool:
        """Whether every task this filter shows was shown by `before` (only more text was
        typed): the rows shown can then be filtered again as they are, without a sort."""
        return (replace(self, text="") == replace(before, text="")
                and " ".join(self.terms).startswith(" ".join(before.terms)))

    def matcher(self, index: SearchIndex, now: float) -> Callable[[Task], bool] | None:
        """The test each task is put to; None when every task passes. `now` fixes where
        "today" and "this week" begin, so one filter gives one answer however long it is on."""
        if self.is_empty:
            return None
        terms = self.terms
        states = STATUS_STATES.get(self.status)
        model = self.model
        since = period_start(self.period, now)
        starred = self.starred
        text = index.text

        def accept(task: Task) -> bool:
            if states is not None and task.state not in states:
                return False
            if model is not None and task.request.model != model:
                return False
            if since is not None and task.created_at < since:
                return False
            if starred and not task.starred:
                return False
            if terms:
                haystack = text(task)
                return all(term in haystack for term in terms)
            return True

        return accept
