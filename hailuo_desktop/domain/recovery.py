"""Finding unconfirmed tasks: which of the service's tasks is the one whose answer was lost.

When the connection breaks after a generate request left, the service has usually started (and
will charge for) the task, but the app never learnt its id. The service's task list, asked for
the time around the request, holds it: the same prompt, model and first frame, created within a
few minutes. Nothing is ever sent again; a match only tells the app which task to follow.
"""

from __future__ import annotations

from typing import Any

from .task import Task, TaskState

DEFAULT_MODEL = "minimax-t2v"  # what the service assumes when a request names no model
# The service's clock may run behind this computer's, and a request may take its time.
MATCH_BEFORE = 120.0
MATCH_AFTER = 600.0
# Older unconfirmed rows are not looked for by themselves (the user can still ask).
LOOK_BACK = 24 * 3600.0
SEARCHED = "unconfirmed_unseen"  # error code once a search found nothing
LOOKED_FOR_CODES = frozenset({"unconfirmed", "unreadable", SEARCHED})


def is_findable(task: Task) -> bool:
    """An unconfirmed row that may have become a task at the service."""
    return (task.state is TaskState.UNCONFIRMED and not task.task_id
            and task.error_code in LOOKED_FOR_CODES)


def window(tasks: list[Task]) -> tuple[float, float]:
    """The creation times to list to find any of `tasks`."""
    return (min(t.created_at for t in tasks) - MATCH_BEFORE,
            max(t.created_at for t in tasks) + MATCH_AFTER)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def same_request(task: Task, record: dict[str, Any]) -> bool:
    sent = record.get("request")
    if not isinstance(sent, dict):
        return False
    asked = task.request
    return (sent.get("prompt") == asked.prompt
            and (_text(sent.get("model")) or DEFAULT_MODEL) == asked.model
            and _text(sent.get("first_image_url")) == (asked.first_image_url or None))


def _created_at(record: dict[str, Any]) -> float | None:
    value = record.get("created_at")
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def match(unconfirmed: list[Task], records: list[dict[str, Any]],
          known_ids: set[str]) -> dict[str, dict[str, Any]]:
    """local id → the record that is that task. Each record serves one row at most, the
    closest in time first, so takes of one prompt find their own tasks; tasks the app already
    follows are never taken."""
    pairs = []
    for task in unconfirmed:
        for record in records:
            created = _created_at(record)
            task_id = _text(record.get("id"))
            if (created is None or task_id is None or task_id in known_ids
                    or not same_request(task, record)):
                continue
            offset = created - task.created_at
            if -MATCH_BEFORE <= offset <= MATCH_AFTER:
                pairs.append((abs(offset), task.local_id, task_id, record))
    found: dict[str, dict[str, Any]] = {}
    taken: set[str] = set()
    for _, local_id, task_id, record in sorted(pairs, key=lambda pair: pair[:3]):
        if local_id not in found and task_id not in taken:
            found[local_id] = record
            taken.add(task_id)
    return found
