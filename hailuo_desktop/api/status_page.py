"""AceData's public status page document (shared/platform-api.md §6), fetched with no token.

The page is static and cached by its host, so the request adds `?t=<now>` as the page's own
script does. Anything that goes wrong (no connection, an error page, a document that cannot be
read) reads as unknown health: the status is advice, never a reason to fail.
"""

from __future__ import annotations

import json
import logging
import time

import httpx

from ..domain.service_health import UNKNOWN_HEALTH, ServiceHealth, health_from_document
from .tls import tls_context

log = logging.getLogger(__name__)

TIMEOUT = httpx.Timeout(20.0, connect=10.0)
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024  # the 1-day document is ~100 kB for every service


class StatusPage:
    def __init__(self, url: str, *, transport: httpx.AsyncBaseTransport | None = None,
                 timeout: httpx.Timeout = TIMEOUT):
        self.url = url
        self._http = httpx.AsyncClient(timeout=timeout, transport=transport, verify=tls_context(),
                                       headers={"user-agent": "hailuo-desktop"},
                                       follow_redirects=True, max_redirects=3)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def health(self, now: float | None = None) -> ServiceHealth:
        now = time.time() if now is None else now
        try:
            async with self._http.stream(
                    "GET", self.url, params={"t": str(int(now * 1000))}) as response:
                if not response.is_success:
                    log.info("status page answered HTTP %s", response.status_code)
                    return UNKNOWN_HEALTH
                body = bytearray()
                async for chunk in response.aiter_bytes():
                    body += chunk
                    if len(body) > MAX_DOCUMENT_BYTES:
                        log.info("status page document is too large")
                        return UNKNOWN_HEALTH
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            log.info("status page not reachable: %s", type(exc).__name__)
            return UNKNOWN_HEALTH
        try:
            document = json.loads(bytes(body))
        except (ValueError, UnicodeDecodeError):
            log.info("status page document is not JSON")
            return UNKNOWN_HEALTH
        return health_from_document(document, now)
