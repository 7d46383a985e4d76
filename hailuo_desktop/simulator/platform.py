"""AceData's platform endpoints under ``/api/v1/`` (shared/platform-api.md), on the same port.

They take the separate platform token (``Simulator.platform_token``); the API token gets 401
there, as AceData's docs say. Errors come in the body style the ``platform_errors`` fault
picks: ``{"error": {"code", "message"}}`` or Django REST framework's ``{"detail": "…"}``.

- ``POST /api/v1/files/``: multipart ``file`` → ``{"file_url": "<base>/files/<name>"}``;
- ``GET /api/v1/platform-tokens/me/``: who the token belongs to;
- ``GET /api/v1/applications/`` (and ``…/<id>/``): balances; ``user_id`` (``me`` or the
  owner's id) is required, as on the real platform, else 403 ``permission_denied``;
- ``GET /api/v1/services/?id=…`` (and ``/services/<id>``): public, the pricing rules;
- ``GET /api/v1/usage/apis/``: the spend log, one row per accepted generate call.

List filters the platform documents but this simulator has no use for (``ordering`` of
applications, ``perspective``…) are accepted and ignored. Lists page with ``limit`` (default
20, at most 100) and ``offset``.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from . import pricing, uploads
from .answer import Answer
from .protocol import ApiError

if TYPE_CHECKING:
    from .server import Simulator

PREFIX = "/api/v1/"
UPLOAD_PATH = "/api/v1/files/"
_APPLICATION = re.compile(r"^/api/v1/applications/([0-9a-f-]{36})/$")
_SERVICE = re.compile(r"^/api/v1/services/([0-9a-f-]{36})/?$")
_NO_TOKEN = ApiError(401, "not_authenticated", "Authentication credentials were not provided.")
_BAD_TOKEN = ApiError(401, "invalid_token", "Invalid token.")
_NOT_FOUND = ApiError(404, "not_found", "Not found.")
_NEED_USER = ApiError(
    403, "permission_denied", "You do not have permission to perform this action."
)


def error_answer(sim: Simulator, error: ApiError) -> Answer:
    if sim.faults.platform_errors == "detail":
        return Answer(error.status, {"detail": error.message})
    return Answer(error.status, {"error": {"code": error.code, "message": error.message}})


def handle(
    sim: Simulator, method: str, path: str, query: str, headers: Any, body: bytes, base_url: str
) -> Answer:
    """Answer one platform request."""
    try:
        return Answer(200, _route(sim, method, path, parse_qs(query), headers, body, base_url))
    except ApiError as error:
        return error_answer(sim, error)


def _route(
    sim: Simulator,
    method: str,
    path: str,
    query: dict[str, list[str]],
    headers: Any,
    body: bytes,
    base_url: str,
) -> Any:
    if path == "/api/v1/services/" or _SERVICE.match(path):
        _allow(method, "GET")
        return _services(path, query)
    _authenticate(sim, headers)
    if path == UPLOAD_PATH:
        _allow(method, "POST")
        part = uploads.take_one_file(uploads.parse_multipart(headers.get("content-type", ""), body))
        return {"file_url": f"{base_url}/files/{sim.uploads.add(part)}"}
    if path == "/api/v1/platform-tokens/me/":
        _allow(method, "GET")
        return _me(sim)
    if path == "/api/v1/applications/" or _APPLICATION.match(path):
        _allow(method, "GET")
        return _applications(sim, path, query)
    if path == "/api/v1/usage/apis/":
        _allow(method, "GET")
        return _usage(sim, query)
    raise _NOT_FOUND


def _authenticate(sim: Simulator, headers: Any) -> None:
    scheme, _, token = (headers.get("authorization") or "").strip().partition(" ")
    if not token.strip():
        raise _NO_TOKEN
    if scheme.lower() != "bearer" or token.strip() != sim.platform_token:
        raise _BAD_TOKEN


def _allow(method: str, allowed: str) -> None:
    if method != allowed:
        raise ApiError(405, "method_not_allowed", f'Method "{method}" not allowed.')


def _one(query: dict[str, list[str]], name: str) -> str | None:
    values = query.get(name)
    return values[-1] if values else None


def _page(query: dict[str, list[str]], items: list[Any]) -> dict[str, Any]:
    try:
        limit = int(_one(query, "limit") or 20)
        offset = int(_one(query, "offset") or 0)
    except ValueError:
        raise ApiError(400, "bad_request", "limit and offset must be whole numbers.") from None
    if not 1 <= limit <= 100 or offset < 0:
        raise ApiError(400, "bad_request", "limit must be 1 to 100 and offset not negative.")
    return {"count": len(items), "items": items[offset : offset + limit]}


def _owned(sim: Simulator, query: dict[str, list[str]]) -> bool:
    """Whether the required ``user_id`` filter names the owner (``me`` or the owner's id)."""
    user_ids = query.get("user_id")
    if not user_ids:
        raise _NEED_USER
    return bool({"me", sim.store.owner["user_id"]} & set(user_ids))


def _me(sim: Simulator) -> dict[str, Any]:
    return {
        "id": sim.store.owner["user_id"],
        "username": "simulator",
        "email": "simulator@example.com",
        "nickname": "Simulator",
        "avatar": None,
    }


def _services(path: str, query: dict[str, list[str]]) -> dict[str, Any]:
    service = pricing.service()
    detail = _SERVICE.match(path)
    if detail:
        if detail.group(1) != pricing.SERVICE_ID:
            raise _NOT_FOUND
        return service
    ids = query.get("id")
    return _page(query, [service] if not ids or pricing.SERVICE_ID in ids else [])


def _applications(sim: Simulator, path: str, query: dict[str, list[str]]) -> dict[str, Any]:
    apps = sim.billing.applications()
    detail = _APPLICATION.match(path)
    if detail:
        for app in apps:
            if app["id"] == detail.group(1):
                return app
        raise _NOT_FOUND
    if not _owned(sim, query):
        return _page(query, [])
    filters = {name: set(query[name]) for name in ("service_id", "scope", "type") if name in query}
    return _page(
        query,
        [app for app in apps if all(app[name] in wanted for name, wanted in filters.items())],
    )


def _timestamp(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ApiError(400, "bad_request", f"{value!r} is not an ISO 8601 time.") from None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


def _usage(sim: Simulator, query: dict[str, list[str]]) -> dict[str, Any]:
    if not _owned(sim, query):
        return _page(query, [])
    oldest = _timestamp(_one(query, "created_at_from"))
    newest = _timestamp(_one(query, "created_at_to"))
    ordering = _one(query, "ordering") or "-created_at"
    if ordering.lstrip("-") != "created_at":
        raise ApiError(400, "bad_request", "ordering must be created_at or -created_at.")
    wanted = {name: set(query.get(name, ())) for name in ("api_id", "application_id", "trace_id")}
    items = []
    for row in sim.billing.rows():  # oldest first
        item = sim.billing.usage_item(row)
        if (
            all(not values or item[name] in values for name, values in wanted.items())
            and (oldest is None or row.task.created_at >= oldest)
            and (newest is None or row.task.created_at <= newest)
        ):
            items.append(item)
    if ordering.startswith("-"):
        items.reverse()
    return _page(query, items)
