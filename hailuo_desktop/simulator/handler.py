"""The HTTP request handler: reads requests, routes them, writes (or withholds) answers."""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import time
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from . import api, media, platform, status, uploads
from .answer import Answer
from .protocol import ApiError

if TYPE_CHECKING:
    from .server import Simulator

logger = logging.getLogger(__name__)

FAULTS_PATH = "/_simulator/faults"
MAX_BODY_BYTES = 10 * 1024 * 1024


class SimulatorHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "HailuoSimulator/1.0"
    sys_version = ""

    # Headers and body go out in separate writes: without TCP_NODELAY, Nagle's algorithm and
    # the client's delayed ACK add ~40 ms to every answer.
    disable_nagle_algorithm = True

    @property
    def sim(self) -> Simulator:
        return self.server.simulator  # type: ignore[attr-defined]

    # The request line and status only: headers (and so the token) are never logged.
    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s %s", self.address_string(), format % args)

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        raw_body = self._read_body(url.path)
        if raw_body is None:
            return
        if self._stall():
            return
        self.sim.billing.settle(time.time())
        if url.path == FAULTS_PATH:
            self._send(self._set_faults(raw_body))
        elif url.path.startswith(("/videos/", "/images/", "/files/", "/data/")):
            self._send(Answer(405, b"", "text/plain", {"Allow": "GET, HEAD"}))
        elif url.path.startswith(platform.PREFIX):
            self._send(self._platform("POST", url.path, url.query, raw_body))
        else:
            answer = api.handle(self.sim, url.path, raw_body, self.headers, self._base_url())
            if not answer.drop:
                self.sim.status_log.add(answer.status)
            self._send(answer)

    def do_GET(self) -> None:
        self._get(head=False)

    def do_HEAD(self) -> None:
        self._get(head=True)

    def _get(self, *, head: bool) -> None:
        if self._stall():
            return
        self.sim.billing.settle(time.time())
        url = urlsplit(self.path)
        if url.path == FAULTS_PATH:
            answer = Answer(200, self.sim.faults.snapshot())
        elif url.path.startswith(platform.PREFIX):
            answer = self._platform("GET", url.path, url.query, b"")
        elif url.path.startswith("/data/"):
            answer = status.handle(self.sim, url.path)
        else:
            answer = media.handle(self.sim, url.path, self.headers.get("Range"), head=head)
        self._send(answer, head=head)

    def _platform(self, method: str, path: str, query: str, body: bytes) -> Answer:
        self.sim._record_platform_request(method, path, bool(self.headers.get("authorization")))
        return platform.handle(self.sim, method, path, query, self.headers, body, self._base_url())

    def handle_expect_100(self) -> bool:
        # A client that asks first (curl does, for big bodies) learns of a refusal before
        # sending anything.
        path = urlsplit(self.path).path
        if self._content_length() > self._body_limit(path):
            self._refuse_body(path, too_large=True)
            return False
        return super().handle_expect_100()

    def _stall(self) -> bool:
        """Apply ``slow_seconds``; True when the simulator stopped meanwhile (answer dropped)."""
        delay = self.sim.faults.slow_seconds
        if delay > 0 and self.sim.stop_event.wait(delay):
            self._drop()
            return True
        return False

    def _set_faults(self, raw_body: bytes) -> Answer:
        try:
            values = json.loads(raw_body or b"{}")
            if not isinstance(values, dict):
                raise TypeError("the body must be a JSON object of fault switches")
            self.sim.faults.update(values)
        except (ValueError, TypeError, AttributeError) as exc:
            return api.error_answer(self.sim, ApiError(400, "bad_request", str(exc)))
        return Answer(200, self.sim.faults.snapshot())

    def _base_url(self) -> str:
        host = (self.headers.get("Host") or "").strip()
        if not host or any(c in host for c in "/\\ @?#"):
            address, port = self.server.server_address[:2]
            host = f"{address}:{port}"
        return f"http://{host}"

    @staticmethod
    def _body_limit(path: str) -> int:
        return uploads.MAX_BODY_BYTES if path == platform.UPLOAD_PATH else MAX_BODY_BYTES

    def _content_length(self) -> int:
        """The announced body length; -1 when it is not a number."""
        try:
            return int(self.headers.get("Content-Length") or 0)
        except ValueError:
            return -1

    def _refuse_body(self, path: str, *, too_large: bool) -> None:
        """Answer without reading the body (413 for a too large upload), and close."""
        self.close_connection = True
        if too_large and path == platform.UPLOAD_PATH:
            self._send(platform.error_answer(self.sim, uploads.TOO_LARGE))
        else:
            self._send(Answer(400, {"success": False, "error": {"code": "bad_request"}}))

    def _read_body(self, path: str) -> bytes | None:
        """The request body, read only when within the path's limit; None once refused."""
        limit = self._body_limit(path)
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            body = self._read_chunked(limit)
            if body is None:
                self._refuse_body(path, too_large=True)
            return body
        length = self._content_length()
        if 0 <= length <= limit:
            return self.rfile.read(length) if length else b""
        self._refuse_body(path, too_large=length > limit)
        return None

    def _read_chunked(self, limit: int) -> bytes | None:
        parts, size_so_far = [], 0
        while True:
            size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline().strip():
                    pass  # trailers
                return b"".join(parts)
            size_so_far += size
            if size_so_far > limit:
                return None
            parts.append(self.rfile.read(size))
            self.rfile.readline()

    def _drop(self) -> None:
        """Close the connection without a word, like a network failure."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _send(self, answer: Answer, *, head: bool = False) -> None:
        if answer.drop:
            self._drop()
            return
        if isinstance(answer.body, bytes | bytearray):
            data = bytes(answer.body)
        else:
            data = json.dumps(answer.body).encode()
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in answer.headers.items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if head:
            return
        if answer.truncate:
            self.wfile.write(data[: len(data) // 2])
            self._drop()
            return
        self.wfile.write(data)
