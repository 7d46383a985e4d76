"""The Hailuo endpoints on AceData Cloud, one method each, over one long-lived AsyncClient."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

import httpx

from ..domain.outcome import error_fields
from ..domain.task import GenerationRequest
from .errors import (
    ConnectionFailedError,
    MalformedResponseError,
    OutcomeUnknownError,
    api_error_for,
)
from .tls import tls_context

log = logging.getLogger(__name__)

BATCH_LIMIT = 50
LIST_PAGE = 50
# Async submissions and task queries answer at once; a slow answer is a sick connection.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


@dataclass(frozen=True)
class Submission:
    task_id: str
    trace_id: str | None


class HailuoClient:
    def __init__(self, base_url: str, token: str, *,
                 transport: httpx.AsyncBaseTransport | None = None,
                 timeout: httpx.Timeout = DEFAULT_TIMEOUT):
        self._http = httpx.AsyncClient(
            base_url=base_url.rstrip("/"),
            headers={
                "accept": "application/json",
                "authorization": f"Bearer {token}",
                "user-agent": "hailuo-desktop",
            },
            timeout=timeout,
            transport=transport,
            verify=tls_context(),
            follow_redirects=False,  # a redirect could carry the token somewhere else
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    async def generate(self, request: GenerationRequest) -> Submission:
        """Start one paid generation. Never retried here: see the money rule in errors.py."""
        body: dict[str, Any] = {
            "action": "generate",
            "model": request.model,
            "prompt": request.prompt,
            "async": True,
        }
        if request.first_image_url:
            body["first_image_url"] = request.first_image_url
        if request.callback_url:
            body["callback_url"] = request.callback_url
        answer = await self._post("/hailuo/videos", body)
        task_id = _task_id_of(answer)
        if task_id is None:
            raise MalformedResponseError("the service accepted the request but sent no task id")
        trace_id = answer.get("trace_id") if isinstance(answer.get("trace_id"), str) else None
        return Submission(task_id, trace_id)

    async def retrieve(self, task_id: str) -> dict[str, Any]:
        return await self._post("/hailuo/tasks", {"action": "retrieve", "id": task_id})

    async def retrieve_batch(self, task_ids: list[str]) -> list[dict[str, Any]]:
        if len(task_ids) > BATCH_LIMIT:
            raise ValueError(f"at most {BATCH_LIMIT} ids per batch")
        answer = await self._post("/hailuo/tasks", {"action": "retrieve_batch", "ids": task_ids})
        items = answer.get("items")
        if not isinstance(items, list):
            raise MalformedResponseError("the task list answer has no items")
        return [item for item in items if isinstance(item, dict)]

    async def list_tasks(self, *, created_after: float, created_before: float,
                         user_id: str | None = None, application_id: str | None = None,
                         limit: int = LIST_PAGE, offset: int = 0) -> list[dict[str, Any]]:
        """The account's tasks created in a time window, newest first: `retrieve_batch`
        without ids, the way AceData's own web app lists its history. A query: it starts
        nothing and may be retried."""
        body: dict[str, Any] = {"action": "retrieve_batch", "created_at_min": created_after,
                                "created_at_max": created_before, "limit": limit,
                                "offset": offset}
        if user_id:
            body["user_id"] = user_id
        if application_id:
            body["application_id"] = application_id
        answer = await self._post("/hailuo/tasks", body)
        items = answer.get("items")
        if not isinstance(items, list):
            raise MalformedResponseError("the task list answer has no items")
        return [item for item in items if isinstance(item, dict)]

    async def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        try:
            response = await self._http.post(path, json=body)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            raise ConnectionFailedError(_describe(exc)) from exc
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            raise ConnectionFailedError(f"the service address is not usable ({exc})") from exc
        except httpx.HTTPError as exc:  # timeouts, dropped connections, undecodable bodies
            raise OutcomeUnknownError(_describe(exc)) from exc
        log.debug("POST %s %s -> %s", path, body.get("action"), response.status_code)
        if response.is_redirect:
            # Redirects are not followed (the token would travel along); nothing was processed.
            target = response.headers.get("location")
            raise ConnectionFailedError(f"the service address redirects to {target}")
        payload = _json_object(response)
        if response.is_success:
            if payload is None:
                raise MalformedResponseError("the answer is not JSON", response.status_code)
            return payload
        error = (payload or {}).get("error")
        code, message = error_fields(error)
        trace_id = (payload or {}).get("trace_id")
        raise api_error_for(response.status_code, code, message,
                            trace_id if isinstance(trace_id, str) else None,
                            _retry_after(response))


def _task_id_of(answer: dict[str, Any]) -> str | None:
    """`task_id`, else `data.task_id`, else `id`: the order AceData's own clients use."""
    data = answer.get("data")
    for candidate in (answer.get("task_id"),
                      data.get("task_id") if isinstance(data, dict) else None,
                      answer.get("id")):
        if isinstance(candidate, str) and candidate.strip():
            return candidate.strip()
    return None


def _json_object(response: httpx.Response) -> dict[str, Any] | None:
    try:
        payload = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return None
    return payload if isinstance(payload, dict) else None


MAX_RETRY_AFTER = 600.0


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds from a Retry-After header, within reason (an HTTP date is ignored)."""
    try:
        seconds = float(response.headers.get("retry-after", ""))
    except ValueError:
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER) if seconds == seconds else None


def _describe(exc: httpx.HTTPError) -> str:
    return str(exc) or type(exc).__name__
