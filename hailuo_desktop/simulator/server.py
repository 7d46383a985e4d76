"""``Simulator``: a loopback HTTP server that speaks the Hailuo protocol of AceData Cloud."""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import socket
import threading
import time
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from . import videos
from .billing import Billing
from .callbacks import CallbackAttempt, CallbackSender
from .faults import Faults
from .handler import SimulatorHandler
from .media import SAMPLE_IMAGE_COUNT, served_file
from .protocol import video_url
from .status import StatusLog
from .store import Task, TaskStore
from .uploads import UploadStore

logger = logging.getLogger(__name__)

_JOIN_SECONDS = 10.0


class ReceivedRequest(NamedTuple):
    """An API request as it arrived: path and JSON body (None when the body was not JSON)."""

    path: str
    body: Any


class PlatformRequest(NamedTuple):
    """A platform request as it arrived: method, path, and whether it carried a token (the
    token itself is not kept)."""

    method: str
    path: str
    authorized: bool


class _HttpServer(ThreadingHTTPServer):
    """Threads per connection, all tracked, so ``close_all`` can end them and join them."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], simulator: Simulator) -> None:
        self.simulator = simulator
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self._lock = threading.Lock()
        self._workers: list[threading.Thread] = []
        self._open: set[socket.socket] = set()
        super().__init__(address, SimulatorHandler)

    def process_request(self, request: Any, client_address: Any) -> None:
        worker = threading.Thread(
            target=self.process_request_thread,
            args=(request, client_address),
            name="hailuo-sim-connection",
            daemon=True,
        )
        with self._lock:
            self._workers = [w for w in self._workers if w.is_alive()]
            self._workers.append(worker)
            self._open.add(request)
        worker.start()

    def shutdown_request(self, request: Any) -> None:
        with self._lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        logger.debug("Connection from %s ended with an error", client_address, exc_info=True)

    def close_all(self, timeout: float) -> None:
        """Cut every open connection (idle keep-alives included) and join their threads."""
        with self._lock:
            sockets, workers = list(self._open), list(self._workers)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for worker in workers:
            worker.join(timeout)


class Simulator:
    """A real HTTP server on loopback that answers like ``https://api.acedata.cloud``'s Hailuo,
    with AceData's platform endpoints (``/api/v1/``, for ``platform_token``) and status page
    documents (``/data/``) on the same port.

    Use as a context manager, or call ``start()`` and ``stop()``. Fault switches: ``faults``
    (see ``hailuo_desktop.simulator.faults``). Tasks take ``generation_seconds`` (read when a
    task is created, so it may be changed between submissions).
    """

    def __init__(
        self,
        token: str = "sim-token",
        host: str = "127.0.0.1",
        port: int = 0,
        generation_seconds: float = 6.0,
        state_file: Path | str | None = None,
        faults: Faults | None = None,
        platform_token: str = "sim-platform-token",
    ) -> None:
        self.token = token
        self.platform_token = platform_token
        self.generation_seconds = generation_seconds
        self.faults = faults if faults is not None else Faults()
        self.store = TaskStore(Path(state_file) if state_file else None)
        self.billing = Billing(self.faults, self.store.owner)
        self.uploads = UploadStore()
        self.status_log = StatusLog()
        self.stop_event = threading.Event()
        self.callbacks = CallbackSender(self.stop_event)
        self.requests_received: list[ReceivedRequest] = []
        self.platform_requests: list[PlatformRequest] = []
        self.generate_calls = 0
        self._address = (host, port)
        self._lock = threading.Lock()
        self._media_lock = threading.Lock()
        self._videos: dict[str, bytes] = {}
        self._images: dict[int, bytes] = {}
        self._server: _HttpServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------
    def start(self) -> Simulator:
        """Bind and start serving; returns once the socket is listening."""
        if self._server is not None or self.stop_event.is_set():
            raise RuntimeError("a Simulator can be started only once")
        self._server = _HttpServer(self._address, self)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="hailuo-sim-server",
            daemon=True,
        )
        self._thread.start()
        logger.info("Hailuo simulator listening on %s", self.base_url)
        return self

    def stop(self) -> None:
        """Stop serving, cut open connections, and join every thread. Safe to call twice."""
        already = self.stop_event.is_set()
        self.stop_event.set()
        server, thread = self._server, self._thread
        if already or server is None or thread is None:
            return
        server.shutdown()
        thread.join(_JOIN_SECONDS)
        server.close_all(_JOIN_SECONDS)
        self.callbacks.join(_JOIN_SECONDS)
        server.server_close()
        logger.info("Hailuo simulator stopped")

    def __enter__(self) -> Simulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- addresses ---------------------------------------------------------------------------
    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the simulator is not started")
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """``http://HOST:PORT`` — what clients use as ``ACEDATACLOUD_API_BASE_URL`` and as
        ``PLATFORM_API_BASE_URL``."""
        host = self._address[0]
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}"

    @property
    def sample_image_urls(self) -> list[str]:
        return [f"{self.base_url}/images/sample-{n}.png" for n in range(1, SAMPLE_IMAGE_COUNT + 1)]

    def video_url(self, task_id: str) -> str:
        return video_url(self.base_url, task_id)

    # -- inspection for tests and demos ------------------------------------------------------
    @property
    def tasks(self) -> dict[str, Task]:
        """A snapshot of every known task, by id."""
        return {task.id: dataclasses.replace(task) for task in self.store.all()}

    @property
    def callback_attempts(self) -> list[CallbackAttempt]:
        return self.callbacks.attempts()

    def task_record(self, task_id: str) -> dict[str, Any]:
        """The task as ``retrieve`` would show it now (KeyError for unknown ids)."""
        task = self.store.get(task_id)
        if task is None:
            raise KeyError(task_id)
        return self.store.record(
            task,
            now=time.time(),
            video_url=self.video_url(task_id),
            partway=self.faults.partway_response,
        )

    def complete_task(self, task_id: str) -> None:
        """Let a task end now instead of after ``generation_seconds``."""
        self.store.finish_now(task_id)

    def video_bytes(self, task_id: str) -> bytes:
        """The MP4 served for ``task_id`` (encoded on first use, then cached)."""
        task = self.store.get(task_id)
        if task is None:
            raise KeyError(task_id)
        picture = self._own_file(task.request.get("first_image_url"))
        with self._media_lock:
            if task_id not in self._videos:
                prompt = task.request.get("prompt")
                self._videos[task_id] = videos.encode_clip(task_id, prompt, picture)
            return self._videos[task_id]

    def _own_file(self, url: Any) -> bytes | None:
        """The bytes behind a link to this very simulator (a sample image, an upload)."""
        if not isinstance(url, str):
            return None
        parts = urlsplit(url)
        try:
            ours = parts.port == self.port
        except ValueError:
            return None
        if not ours or parts.hostname not in {"localhost", "127.0.0.1", "::1", self._address[0]}:
            return None
        served = served_file(self, parts.path)
        return served[0] if served else None

    def sample_image_bytes(self, number: int) -> bytes:
        with self._media_lock:
            if number not in self._images:
                self._images[number] = videos.sample_image(number)
            return self._images[number]

    # -- used by the request handler ---------------------------------------------------------
    def _record_request(self, path: str, body: Any) -> None:
        with self._lock:
            self.requests_received.append(ReceivedRequest(path, body))
            if path == "/hailuo/videos":
                self.generate_calls += 1

    def _record_platform_request(self, method: str, path: str, authorized: bool) -> None:
        with self._lock:
            self.platform_requests.append(PlatformRequest(method, path, authorized))

    def _forget_video(self, task_id: str) -> None:
        with self._media_lock:
            self._videos.pop(task_id, None)
