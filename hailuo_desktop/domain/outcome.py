"""Reading a task record from `/hailuo/tasks`: is it still running, done, or failed?

The rules are the contract's (shared/hailuo-api.md, "When is a task finished?"): an error wins
over everything, a failure may come without `finished_at`, and success needs a video link.
Records come from the network, so nothing here trusts their shape.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .task import Task, TaskState

FAILED_WORDS = frozenset({"failed", "failure", "error", "cancelled", "canceled", "rejected"})
DONE_WORDS = frozenset({"succeeded", "success", "completed", "complete", "finished"})
RUNNING_WORDS = frozenset({"queued", "pending", "processing", "running", ""})


@dataclass(frozen=True)
class Outcome:
    state: TaskState
    video_url: str | None = None
    error_code: str | None = None
    error_message: str | None = None
    trace_id: str | None = None
    started_at: float | None = None
    finished_at: float | None = None


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    return float(value) if isinstance(value, int | float) else None


def error_fields(error: Any) -> tuple[str | None, str | None]:
    """(code, message) from an `error` that may be an object, a bare string, or junk."""
    if isinstance(error, dict):
        return _text(error.get("code")), _text(error.get("message"))
    if isinstance(error, str):
        return None, _text(error)
    return None, None


def _state_word(item: dict) -> str | None:
    for key in ("state", "status"):
        if isinstance(item.get(key), str):
            return item[key].strip().lower()
    return None


def read_outcome(record: Any) -> Outcome:
    """Decide a task's state from one task record."""
    if not isinstance(record, dict):
        return Outcome(TaskState.PENDING)
    trace_id = _text(record.get("trace_id"))
    times = {
        "started_at": _number(record.get("started_at")),
        "finished_at": _number(record.get("finished_at")),
    }
    response = record.get("response")
    if not isinstance(response, dict):
        state = TaskState.PROCESSING if times["started_at"] else TaskState.PENDING
        return Outcome(state, trace_id=trace_id, **times)

    trace_id = _text(response.get("trace_id")) or trace_id
    data = response.get("data")
    first = data[0] if isinstance(data, list) and data and isinstance(data[0], dict) else {}
    word = _state_word(first)
    if word is None:
        word = _state_word(response)

    # An error wins even over `success: true`; a failure word fails even without an error.
    if response.get("error") is not None or word in FAILED_WORDS:
        code, message = error_fields(response.get("error") or first.get("error"))
        return Outcome(TaskState.FAILED, error_code=code or word, error_message=message,
                       trace_id=trace_id, **times)

    video_url = _text(first.get("video_url"))
    if word in RUNNING_WORDS:
        return Outcome(TaskState.PROCESSING, trace_id=trace_id, **times)
    if response.get("success") is True and video_url and (word is None or word in DONE_WORDS):
        return Outcome(TaskState.SUCCEEDED, video_url=video_url, trace_id=trace_id, **times)
    return Outcome(TaskState.PROCESSING, trace_id=trace_id, **times)


def task_changes(task: Task, outcome: Outcome, now: float) -> dict[str, Any]:
    """The fields a task takes from its record: state and times, then the link or the error."""
    changes: dict[str, Any] = {"state": outcome.state,
                               "trace_id": outcome.trace_id or task.trace_id,
                               "started_at": outcome.started_at or task.started_at}
    if outcome.state is TaskState.SUCCEEDED:
        changes.update(video_url=outcome.video_url, finished_at=outcome.finished_at or now)
    elif outcome.state is TaskState.FAILED:
        changes.update(error_code=outcome.error_code or "failed",
                       error_message=outcome.error_message,
                       finished_at=outcome.finished_at or now)
    return changes
