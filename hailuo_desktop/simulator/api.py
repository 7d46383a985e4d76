"""``POST /hailuo/*``: authentication, API faults and generation; task queries are in ``tasks``.

Where the public material says nothing, a synchronous generate whose task fails answers HTTP
500 with the failure body.
"""

from __future__ import annotations

import json
import math
import time
from typing import TYPE_CHECKING, Any

from . import protocol, tasks
from .answer import DROP, Answer
from .protocol import ApiError

if TYPE_CHECKING:
    from .server import Simulator


def error_answer(sim: Simulator, error: ApiError, headers: dict[str, str] | None = None) -> Answer:
    body = protocol.error_body(error.code, error.message, as_string=sim.faults.error_as_string)
    return Answer(error.status, body, headers=headers or {})


def handle(sim: Simulator, path: str, raw_body: bytes, headers: Any, base_url: str) -> Answer:
    """Answer one API request; ``headers`` is the request's header mapping."""
    try:
        body = json.loads(raw_body) if raw_body else None
        parsed = True
    except (ValueError, UnicodeDecodeError):
        body, parsed = None, False
    sim._record_request(path, body)
    try:
        fault = _api_fault(sim, headers)
        if fault is not None:
            return fault
        if not parsed:
            raise ApiError(400, "bad_request", "request body is not valid JSON.")
        if path == "/hailuo/videos":
            return _generate(sim, body, base_url)
        if sim.faults.take("drop"):
            return DROP
        if path == "/hailuo/tasks":
            return Answer(200, tasks.handle(sim, body, base_url))
        raise ApiError(404, "no_api", "The API you requested does not exist.")
    except ApiError as error:
        return error_answer(sim, error)


def _bearer_token(headers: Any) -> str | None:
    value = headers.get("authorization") or ""
    scheme, _, token = value.strip().partition(" ")
    return token.strip() if scheme.lower() == "bearer" else None


def _api_fault(sim: Simulator, headers: Any) -> Answer | None:
    faults = sim.faults
    if _bearer_token(headers) != sim.token:
        raise ApiError(401, "invalid_token", "The token is invalid or missing.")
    if faults.token_mismatched:
        raise ApiError(400, "token_mismatched", "The token does not match the API you requested.")
    if faults.token_expired:
        raise ApiError(401, "token_expired", "The token has expired.")
    if faults.take("rate_limit"):
        retry_after = faults.retry_after
        extra = {"Retry-After": str(math.ceil(retry_after))} if retry_after > 0 else {}
        error = ApiError(429, "too_many_requests", "Too many requests, please slow down.")
        return error_answer(sim, error, extra)
    if faults.take("server_error"):
        raise ApiError(500, "api_error", "fetch failed")
    if faults.take("malformed_json"):
        return Answer(200, b'{"success": true, "task_id": "', "application/json")
    if faults.take("html_error"):
        return Answer(200, protocol.html_error_page(), "text/html; charset=utf-8")
    return None


def _generate(sim: Simulator, body: Any, base_url: str) -> Answer:
    faults = sim.faults
    model = protocol.validate_generate(body)
    sim.billing.check_affordable(body)
    if faults.take("no_channel"):
        raise ApiError(503, None, f"no channel available for {model}")
    failure = (faults.fail_code, faults.fail_message) if faults.take("fail_tasks") else None
    task = sim.store.create(
        body,
        generation_seconds=sim.generation_seconds,
        base_url=base_url,
        failure=failure,
        fail_without_finished_at=faults.fail_without_finished_at,
    )
    sim.billing.open(task)
    if faults.take("drop"):
        return DROP  # the task exists (and would be charged) although no answer arrives
    url = protocol.video_url(base_url, task.id)
    callback_url = body.get("callback_url")
    if callback_url:
        sim.callbacks.schedule(
            task.id,
            callback_url,
            lambda: task.seconds_left(time.time()),
            lambda: task.final_body(url),
        )
    if body.get("async") or callback_url:
        return Answer(200, {"task_id": task.id})
    while (left := task.seconds_left(time.time())) > 0:
        if sim.stop_event.wait(min(left, 0.25)):
            return DROP
    return Answer(500 if task.failure else 200, task.final_body(url))
