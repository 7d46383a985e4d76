"""AceData's platform host (shared/platform-api.md): uploads, who-am-I, balances, the public
price rules and the spend log, one method each over one long-lived AsyncClient.

The platform token goes only to the endpoints that need it: without one, those methods raise
NoPlatformTokenError before anything is sent, and the public price rules are always fetched
with no Authorization header. Redirects are not followed (the token would travel along), and
the platform's own error messages are scrubbed of the token before they reach an exception.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import os
import re
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from ..domain.acedata import HAILUO_SERVICE_ID
from ..domain.balance import Application, Balance, application_from_json, effective_balance
from ..domain.fields import iso_utc, text
from ..domain.outcome import error_fields
from ..domain.pricing import ServicePricing, pricing_from_json
from ..domain.spend import UsagePage, usage_row_from_json
from .platform_errors import (
    LocalFileError,
    NoPlatformTokenError,
    PlatformApiError,
    PlatformConnectionError,
    PlatformMalformedError,
    PlatformTimeoutError,
    UploadTooLargeError,
    platform_error_for,
)
from .tls import tls_context

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# Each chunk must be taken within a minute, and the answer may wait while the platform stores
# up to 100 MB.
UPLOAD_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
MAX_UPLOAD_BYTES = 100 * 1024 * 1024  # PlatformBackend's COS_MAX_UPLOAD_BYTES (§2)
CHUNK_BYTES = 256 * 1024
PAGE_SIZE = 100   # the most a list page gives
MAX_PAGES = 20    # enough for any real account; a platform that never stops paging is cut off

ME = "/api/v1/platform-tokens/me/"
FILES = "/api/v1/files/"
APPLICATIONS = "/api/v1/applications/"
SERVICES = "/api/v1/services/"
USAGE = "/api/v1/usage/apis/"

Progress = Callable[[int, int], None]  # (bytes sent, bytes in all)
_CONTENT_TYPE = re.compile(r"^[A-Za-z0-9.+-]+/[A-Za-z0-9.+-]+$")
_NOT_JSON = object()


@dataclass(frozen=True)
class Account:
    user_id: str
    username: str | None
    email: str | None
    nickname: str | None


class PlatformClient:
    def __init__(self, base_url: str, token: str | None = None, *,
                 transport: httpx.AsyncBaseTransport | None = None,
                 timeout: httpx.Timeout = DEFAULT_TIMEOUT,
                 upload_timeout: httpx.Timeout = UPLOAD_TIMEOUT):
        self._http = httpx.AsyncClient(
            base_url=base_url.rstrip("/"),
            headers={"accept": "application/json", "user-agent": "hailuo-desktop"},
            timeout=timeout,
            transport=transport,
            verify=tls_context(),
            follow_redirects=False,
        )
        self._token = token or None
        self._user_id: str | None = None
        self._upload_timeout = upload_timeout
        # Uploads read their file here: one thread, so closing a file waits for a read in
        # flight when an upload is cancelled.
        self._disk = ThreadPoolExecutor(max_workers=1, thread_name_prefix="platform-upload")

    @property
    def base_url(self) -> str:
        return str(self._http.base_url).rstrip("/")

    @property
    def has_token(self) -> bool:
        return self._token is not None

    def set_token(self, token: str | None) -> None:
        """A new (or no) platform token; the account it belongs to is asked again."""
        if (token or None) != self._token:
            self._token = token or None
            self._user_id = None

    async def aclose(self) -> None:
        await self._http.aclose()
        await asyncio.to_thread(self._disk.shutdown, True)

    # --- endpoints -----------------------------------------------------------------------
    async def me(self) -> Account:
        """Who the platform token belongs to. Free, so it is also the token's Check."""
        token = self._token
        payload = await self._call("GET", ME)
        user_id = text(payload.get("id")) if isinstance(payload, dict) else None
        if user_id is None:
            raise PlatformMalformedError("the who-am-I answer has no user id")
        if token == self._token:
            self._user_id = user_id
        return Account(user_id, text(payload.get("username")), text(payload.get("email")),
                       text(payload.get("nickname")))

    async def user_id(self) -> str:
        """The account's user id, asked once per token."""
        return self._user_id if self._user_id is not None else (await self.me()).user_id

    async def upload(self, name: str, source: bytes | Path, content_type: str,
                     on_progress: Progress | None = None) -> str:
        """Upload one file (bytes, or a file streamed from disk) and return its public link.
        Over 100 MB is refused here, before anything is sent; cancelling the calling task
        stops the upload."""
        if self._token is None:
            raise NoPlatformTokenError("no platform token")
        if isinstance(source, bytes | bytearray):
            if len(source) > MAX_UPLOAD_BYTES:
                raise UploadTooLargeError(f"{len(source)} bytes")
            memory = io.BytesIO(source)
            return await self._upload(name, content_type, len(source),
                                      lambda n: _ready(memory.read(n)), on_progress)
        file = await self._on_disk(_open, source)
        try:
            size = await self._on_disk(lambda: os.fstat(file.fileno()).st_size)
            if size > MAX_UPLOAD_BYTES:
                raise UploadTooLargeError(f"{size} bytes")
            return await self._upload(name, content_type, size,
                                      lambda n: self._on_disk(_read, file, n), on_progress)
        finally:
            await self._on_disk(file.close)

    async def applications(self, user_id: str, *, service_id: str | None = None,
                           scope: str | None = None, kind: str | None = None
                           ) -> list[Application]:
        """The account's applications, every page (user_id is required by the platform)."""
        params = {"user_id": user_id, "service_id": service_id, "scope": scope, "type": kind}
        items = await self._all_pages(APPLICATIONS, {k: v for k, v in params.items() if v})
        return [app for app in map(application_from_json, items) if app is not None]

    async def hailuo_balance(self, user_id: str, now: float | None = None) -> Balance:
        """The effective Hailuo balance (§3): the Hailuo applications and the general one."""
        hailuo = await self.applications(user_id, service_id=HAILUO_SERVICE_ID)
        general = await self.applications(user_id, scope="Global", kind="Usage")
        return effective_balance([*hailuo, *general], time.time() if now is None else now)

    async def service_pricing(self, service_id: str = HAILUO_SERVICE_ID) -> ServicePricing:
        """A service's public price rules, asked with no token: `?id=`, and when that fails
        or finds nothing, the detail route AceData's web app uses (§4)."""
        try:
            items, _ = await self._page(SERVICES, {"id": service_id}, auth=False)
            for item in items:
                if isinstance(item, dict) and item.get("id") == service_id:
                    return pricing_from_json(item) or ServicePricing(())
            log.info("the service list has no %s; asking its detail route", service_id)
        except (PlatformApiError, PlatformMalformedError) as exc:
            log.info("the service list failed (%s); asking its detail route", exc)
        pricing = pricing_from_json(
            await self._call("GET", f"{SERVICES}{quote(service_id, safe='')}", auth=False))
        if pricing is None:
            raise PlatformMalformedError("the service answer is not a service")
        return pricing

    async def usage(self, user_id: str, api_id: str, created_after: float, *,
                    trace_id: str | None = None, limit: int = PAGE_SIZE, offset: int = 0
                    ) -> UsagePage:
        """One page of the spend log, newest first."""
        params: dict[str, Any] = {"user_id": user_id, "api_id": api_id,
                                  "created_at_from": iso_utc(created_after),
                                  "ordering": "-created_at", "limit": limit, "offset": offset}
        if trace_id:
            params["trace_id"] = trace_id
        items, count = await self._page(USAGE, params)
        return UsagePage(count, tuple(row for row in map(usage_row_from_json, items) if row))

    # --- plumbing ------------------------------------------------------------------------
    async def _on_disk(self, fn: Callable[..., Any], *args: Any) -> Any:
        try:
            return await asyncio.get_running_loop().run_in_executor(self._disk, fn, *args)
        except OSError as exc:
            raise LocalFileError(f"{type(exc).__name__}: {exc.strerror or exc}") from exc

    async def _upload(self, name: str, content_type: str, size: int,
                      read: Callable[[int], Awaitable[bytes]], on_progress: Progress | None
                      ) -> str:
        boundary = secrets.token_hex(16)
        if not _CONTENT_TYPE.match(content_type):
            content_type = "application/octet-stream"
        head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; "
                f"filename=\"{upload_name(name)}\"\r\nContent-Type: {content_type}"
                "\r\n\r\n").encode()
        tail = f"\r\n--{boundary}--\r\n".encode()
        body = _multipart(head, size, read, tail, on_progress or (lambda done, total: None))
        try:
            payload = await self._call(
                "POST", FILES, content=body, timeout=self._upload_timeout,
                headers={"content-type": f"multipart/form-data; boundary={boundary}",
                         "content-length": str(len(head) + size + len(tail))})
        finally:
            await body.aclose()
        url = _upload_url(payload)
        if url is None:
            raise PlatformMalformedError("the upload answer has no file link")
        return url

    async def _all_pages(self, path: str, params: dict[str, Any]) -> list[Any]:
        found: list[Any] = []
        for _ in range(MAX_PAGES):
            items, count = await self._page(
                path, {**params, "limit": PAGE_SIZE, "offset": len(found)})
            found.extend(items)
            if not items or len(found) >= count:
                break
        return found

    async def _page(self, path: str, params: dict[str, Any], *, auth: bool = True
                    ) -> tuple[list[Any], int]:
        """A list page: `items`, or `results` as older platform docs say, and the count."""
        payload = await self._call("GET", path, params=params, auth=auth)
        items = None
        if isinstance(payload, dict):
            items = payload.get("items", payload.get("results"))
        if not isinstance(items, list):
            raise PlatformMalformedError(f"the list from {path} has no items")
        count = payload.get("count")
        valid = isinstance(count, int) and not isinstance(count, bool)
        return items, count if valid else len(items)

    async def _call(self, method: str, path: str, *, auth: bool = True,
                    params: dict[str, Any] | None = None, content: Any = None,
                    headers: dict[str, str] | None = None,
                    timeout: httpx.Timeout | None = None) -> Any:
        headers = dict(headers or {})
        if auth:
            if self._token is None:
                raise NoPlatformTokenError("no platform token")
            headers["authorization"] = f"Bearer {self._token}"
        try:
            response = await self._http.request(
                method, path, params=params, content=content, headers=headers,
                timeout=timeout or httpx.USE_CLIENT_DEFAULT)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            raise PlatformConnectionError(_describe(exc)) from exc
        except httpx.TimeoutException as exc:
            raise PlatformTimeoutError(_describe(exc)) from exc
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            raise PlatformConnectionError(f"the platform address is not usable ({exc})") from exc
        except httpx.HTTPError as exc:  # a connection broken off, an undecodable answer
            raise PlatformConnectionError(_describe(exc)) from exc
        log.debug("platform %s %s -> %s", method, path, response.status_code)
        if response.is_redirect:
            raise PlatformConnectionError(
                f"the platform address redirects to {response.headers.get('location')}")
        payload = _json(response)
        if response.is_success:
            if payload is _NOT_JSON:
                raise PlatformMalformedError(f"HTTP {response.status_code}: the answer is not JSON")
            return payload
        code, message = _error_fields(payload)
        raise platform_error_for(response.status_code, code, self._scrub(message))

    def _scrub(self, message: str | None) -> str | None:
        if message is None or self._token is None:
            return message
        return message.replace(self._token, "[platform token]")


async def _multipart(head: bytes, size: int, read: Callable[[int], Awaitable[bytes]],
                     tail: bytes, on_progress: Progress) -> AsyncIterator[bytes]:
    """The body of a one-file form, the file read chunk by chunk; progress counts the bytes
    the connection has taken."""
    yield head
    on_progress(0, size)
    done = 0
    while done < size:
        chunk = await read(min(CHUNK_BYTES, size - done))
        if not chunk:
            raise LocalFileError(f"the file ended after {done} of {size} bytes")
        yield chunk
        done += len(chunk)
        on_progress(done, size)
    yield tail


def upload_name(name: str) -> str:
    """A file name safe inside a form header (letters, digits, `.`, `-` and `_` only) that
    keeps its extension, which may decide the link's."""
    path = Path(name.replace("\\", "/")).name
    stem, dot, suffix = path.rpartition(".") if "." in path.strip(".") else (path, "", "")
    clean_stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_")[-80:] or "file"
    clean_suffix = re.sub(r"[^A-Za-z0-9]+", "", suffix)[:10]
    return f"{clean_stem}.{clean_suffix}" if dot and clean_suffix else clean_stem


def _upload_url(payload: Any) -> str | None:
    """`file_url`, then `url` (the platform's docs), then `data.file_url` (§2)."""
    if not isinstance(payload, dict):
        return None
    data = payload.get("data")
    for candidate in (payload.get("file_url"), payload.get("url"),
                      data.get("file_url") if isinstance(data, dict) else None):
        url = text(candidate)
        if url is not None and url.lower().startswith(("https://", "http://")):
            return url
    return None


def _error_fields(payload: Any) -> tuple[str | None, str | None]:
    """(code, message) from `{"error": {"code", "message"}}` or Django's `{"detail": …}`."""
    if not isinstance(payload, dict):
        return None, None
    if "error" in payload:
        code, message = error_fields(payload["error"])
    else:
        detail = payload.get("detail")
        code, message = None, detail if isinstance(detail, str) else (
            json.dumps(detail if detail is not None else payload, ensure_ascii=False))
    return code, message[:300] if message else None


def _json(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return _NOT_JSON


def _open(path: Path) -> io.BufferedReader:
    return open(path, "rb")  # closed by the upload, on the same thread


def _read(file: io.BufferedReader, size: int) -> bytes:
    return file.read(size)


async def _ready(value: bytes) -> bytes:
    return value


def _describe(exc: httpx.HTTPError) -> str:
    return str(exc) or type(exc).__name__
