"""Hostile-input helpers: a stand-in service for answers the simulator cannot give, and ways to
read what the user sees (details panel, status bar, the "On disk" cell) as plain text."""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, NamedTuple

import shiboken6
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QWidget

from hailuo_desktop.domain.task import DownloadState
from hailuo_desktop.ui.library.task_table_model import Column

# --- what the user sees ------------------------------------------------------------------------


def visible_text(widget: QWidget) -> str:
    """Every visible label under `widget`, one per line: what a person can read there."""
    return "\n".join(label.text() for label in widget.findChildren(QLabel)
                     if label.isVisible() and label.text())


def explanation(window) -> str:
    label = window.details.findChild(QLabel, "detailsExplanation")
    return label.text() if label is not None and label.isVisible() else ""


def details_text(window) -> str:
    return visible_text(window.details)


def status_text(window) -> str:
    """The status bar's transient message and every label in it (tracking, summary)."""
    bar = window.statusBar()
    return "\n".join(filter(None, [bar.currentMessage(), visible_text(bar)]))


def as_displayed(rich: str | None) -> str:
    """A tooltip as Qt shows it: rich text rendered to plain text."""
    if not rich:
        return ""
    if not GuiQt.mightBeRichText(rich):
        return rich
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def cell(window, column: Column, row: int = 0) -> tuple[str, str]:
    """(text, tooltip as displayed) of one cell of the task table."""
    index = window.table.model().index(row, column)
    return (index.data() or "",
            as_displayed(index.data(Qt.ItemDataRole.ToolTipRole)))


def wait_status(qtbot, window, needle: str, timeout: int = 10000) -> str:
    """Wait until the status bar says `needle`; returns the whole text seen then."""
    seen: list[str] = []

    def says_it() -> bool:
        seen.append(status_text(window))
        return needle.lower() in seen[-1].lower()

    qtbot.waitUntil(says_it, timeout=timeout)
    return seen[-1]


def all_tasks(window) -> list:
    model = window.table.model()
    return [model.task(row) for row in range(model.rowCount())] if model else []


def _settled(window) -> bool:
    for task in all_tasks(window):
        if task.download_state in (DownloadState.QUEUED, DownloadState.DOWNLOADING):
            return False
        if (task.download_state is DownloadState.SAVED and not task.poster_path
                and task.file_path and Path(task.file_path).is_file()):
            return False
    return not window.form.firstFrame.isChecking()


def settle(qtbot, window) -> None:
    """Wait until no download, poster or picture check is under way. Closing the app in the
    middle of one leaves work that finishes after the test's event loop is gone (see the
    report on shutdown: a thread's result or an abandoned HTTP stream arrives late and is
    blamed on a later test)."""
    if shiboken6.isValid(window) and window.isVisible():
        qtbot.waitUntil(lambda: _settled(window), timeout=20000)


def paste(qtbot, widget: QWidget, text: str) -> None:
    """Put `text` on the clipboard and press Ctrl+V in `widget`, as a user pastes."""
    QGuiApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def watch_background_errors(loop) -> list[dict]:
    """Collect what asyncio would report as an unexpected error (a crash in a background job)."""
    errors: list[dict] = []
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    return errors


class UrlCatcher(QObject):
    """Stands in for the desktop: records every URL the app asks to open, opens none."""

    SCHEMES = ("http", "https", "file", "javascript", "data", "ftp")

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def receive(self, url: QUrl) -> None:
        self.urls.append(url.toString())

    def __enter__(self) -> UrlCatcher:
        for scheme in self.SCHEMES:
            QDesktopServices.setUrlHandler(scheme, self, "receive")
        return self

    def __exit__(self, *exc: object) -> None:
        for scheme in self.SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)


# --- a stand-in service on loopback ------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """A canned answer to a GET: `body` is sent whole, whatever a Content-Length in `headers`
    claims."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


class Seen(NamedTuple):
    method: str
    path: str
    authorization: str | None


class FakeHailuo:
    """The Hailuo API as a hostile service might speak it, plus a "CDN" for video links.

    Generate answers a fresh task id; every task query says the task succeeded with
    ``video_url(base_url)`` as its link, with ``extra`` merged into each record (unknown fields).
    GET answers come from ``files`` by path. Every request is recorded in ``seen``.
    """

    def __init__(self, video_url: Callable[[str], str], token: str) -> None:
        self.video_url = video_url
        self.token = token
        self.files: dict[str, Reply] = {}
        self.extra: dict[str, Any] = {}
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> FakeHailuo:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._thread.join(5)
        self._server.server_close()

    def record(self, method: str, path: str, authorization: str | None) -> None:
        with self._lock:
            self.seen.append(Seen(method, path, authorization))

    def requests(self, method: str | None = None) -> list[Seen]:
        with self._lock:
            return [s for s in self.seen if method is None or s.method == method]

    def task_record(self, task_id: str) -> dict[str, Any]:
        url = self.video_url(self.base_url)
        record = {
            "id": task_id, "created_at": 1.0, "started_at": 2.0, "finished_at": 3.0,
            "elapsed": 1.0, "trace_id": f"trace-{task_id}",
            "request": {"action": "generate", "model": "minimax-t2v", "async": True},
            "response": {"success": True, "task_id": task_id, "trace_id": f"trace-{task_id}",
                         "data": [{"id": task_id, "model": "minimax-t2v",
                                   "video_url": url, "state": "succeeded"}]},
        }
        for key, value in self.extra.items():
            record[key] = value
        return record


def _handler_for(service: FakeHailuo) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"  # one request per connection: nothing to keep track of

        def log_message(self, format: str, *args: Any) -> None:  # quiet, and no headers
            pass

        def do_POST(self) -> None:
            service.record("POST", self.path, self.headers.get("authorization"))
            length = int(self.headers.get("content-length") or 0)
            try:
                body = json.loads(self.rfile.read(length) or b"{}")
            except ValueError:
                body = {}
            if self.headers.get("authorization") != f"Bearer {service.token}":
                self._json(401, {"success": False,
                                 "error": {"code": "invalid_token", "message": "bad token"}})
            elif self.path == "/hailuo/videos":
                self._json(200, {"task_id": f"fake-{uuid.uuid4().hex[:12]}"})
            elif self.path == "/hailuo/tasks":
                ids = body.get("ids") or [body.get("id")]
                items = [service.task_record(i) for i in ids if isinstance(i, str)]
                self._json(200, {"items": items, "count": len(items)})
            else:
                self._json(404, {"success": False, "error": {"code": "no_api"}})

        def do_GET(self) -> None:
            service.record("GET", self.path, self.headers.get("authorization"))
            reply = service.files.get(self.path, Reply(404, b"Not Found",
                                                       {"Content-Type": "text/plain"}))
            self.send_response(reply.status)
            headers = {"Content-Length": str(len(reply.body)), **reply.headers}
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(reply.body)

        def _json(self, status: int, payload: dict) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler
