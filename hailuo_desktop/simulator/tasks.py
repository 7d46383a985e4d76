"""``POST /hailuo/tasks``: ``retrieve``, ``retrieve_batch`` and the web UI's ``delete``.

An id that does not exist answers as the ``unknown_tasks`` fault says (default: 404
``not_found`` on ``retrieve``, the id left out of a batch; the gateway's ``no_api`` 404 is for
wrong URLs, and a missing record is most plausibly a 404 too).

``retrieve_batch`` without ``ids`` lists the token owner's tasks, newest first, the way
AceData's web UI shows history: ``{"items", "count"}`` where ``count`` is the number of
matching tasks, not of items sent. Filters combine: ``user_id`` / ``application_id`` (another
account's id matches nothing), ``created_at_min`` / ``created_at_max`` (Unix seconds, both
ends included, compared with the record's rounded ``created_at``), ``limit`` (default 20; above
100 is refused with 400 rather than cut short, so a client never mistakes a clamp for the end)
and ``offset``.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from . import protocol
from .protocol import ApiError

if TYPE_CHECKING:
    from .server import Simulator
    from .store import Task

NOT_FOUND = ApiError(404, "not_found", "The task does not exist.")
DEFAULT_LIMIT, MAX_LIMIT = 20, 100


def handle(sim: Simulator, body: Any, base_url: str) -> Any:
    """The JSON answer to one task query."""
    if not isinstance(body, dict):
        raise ApiError(400, "bad_request", "request body must be a JSON object.")
    action = body.get("action")
    if action == "retrieve":
        return _retrieve(sim, _task_id(body), base_url)
    if action == "retrieve_batch":
        if body.get("ids") is None:
            return _list(sim, body, base_url)
        return _retrieve_batch(sim, body["ids"], base_url)
    if action == "delete":
        task_id = _task_id(body)
        if not sim.store.delete(task_id):
            raise NOT_FOUND
        sim._forget_video(task_id)
        return {"id": task_id, "deleted": True}
    raise ApiError(400, "bad_request", "action is invalid.")


def _task_id(body: dict[str, Any]) -> str:
    task_id = body.get("id")
    if not isinstance(task_id, str) or not task_id:
        raise ApiError(400, "bad_request", "id is required.")
    return task_id


def _record(sim: Simulator, task: Task, now: float, base_url: str) -> dict[str, Any]:
    url = protocol.video_url(base_url, task.id)
    return sim.store.record(task, now=now, video_url=url, partway=sim.faults.partway_response)


def _retrieve(sim: Simulator, task_id: str, base_url: str) -> dict[str, Any] | None:
    task = sim.store.get(task_id)
    if task is not None:
        return _record(sim, task, time.time(), base_url)
    unknown = sim.faults.unknown_tasks
    if unknown == "empty":
        return {}
    if unknown == "null":
        return None
    raise NOT_FOUND


def _retrieve_batch(sim: Simulator, ids: Any, base_url: str) -> dict[str, Any]:
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise ApiError(400, "bad_request", "ids is invalid.")
    if len(ids) > protocol.MAX_BATCH_IDS:
        limit = protocol.MAX_BATCH_IDS
        raise ApiError(400, "bad_request", f"ids must not contain more than {limit} items.")
    now, placeholder = time.time(), sim.faults.unknown_tasks == "empty"
    items = []
    for task_id in dict.fromkeys(ids):
        task = sim.store.get(task_id)
        if task is not None:
            items.append(_record(sim, task, now, base_url))
        elif placeholder:
            items.append({})
    return {"items": items, "count": len(items)}


def _optional(body: dict[str, Any], name: str, kinds: tuple[type, ...]) -> Any:
    value = body.get(name)
    if value is not None and (isinstance(value, bool) or not isinstance(value, kinds)):
        raise ApiError(400, "bad_request", f"{name} is invalid.")
    return value


def _list(sim: Simulator, body: dict[str, Any], base_url: str) -> dict[str, Any]:
    owner = sim.store.owner
    user_id = _optional(body, "user_id", (str,))
    application_id = _optional(body, "application_id", (str,))
    newest = _optional(body, "created_at_max", (int, float))
    oldest = _optional(body, "created_at_min", (int, float))
    limit = _optional(body, "limit", (int,))
    offset = _optional(body, "offset", (int,)) or 0
    limit = DEFAULT_LIMIT if limit is None else limit
    if not 1 <= limit <= MAX_LIMIT:
        raise ApiError(400, "bad_request", f"limit must be between 1 and {MAX_LIMIT}.")
    if offset < 0:
        raise ApiError(400, "bad_request", "offset must not be negative.")
    others = user_id not in (None, owner["user_id"])
    if others or application_id not in (None, owner["application_id"]):
        return {"items": [], "count": 0}
    matching = [
        task
        for task in sim.store.all()
        if (oldest is None or round(task.created_at, 3) >= oldest)
        and (newest is None or round(task.created_at, 3) <= newest)
    ]
    matching.sort(key=lambda task: task.created_at, reverse=True)
    now = time.time()
    items = [_record(sim, task, now, base_url) for task in matching[offset : offset + limit]]
    return {"items": items, "count": len(matching)}
