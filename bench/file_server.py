"""A small threaded HTTP server on 127.0.0.1 serving one file, with Range requests, as a CDN
would: the far end of the download benchmark. The kernel copies the file (sendfile), so the
server costs the downloading process next to nothing."""

from __future__ import annotations

import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

_RANGE = re.compile(r"bytes=(\d+)-(\d*)")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like a CDN
    server: _Server

    def do_GET(self) -> None:
        size = self.server.path.stat().st_size
        first, last, status = 0, size - 1, 200
        match = _RANGE.fullmatch(self.headers.get("range", "").strip())
        if match:
            first = int(match.group(1))
            last = min(int(match.group(2) or size - 1), size - 1)
            if first >= size:
                self.send_response(416)
                self.send_header("content-range", f"bytes */{size}")
                self.send_header("content-length", "0")
                self.end_headers()
                return
            status = 206
        self.send_response(status)
        self.send_header("content-type", "video/mp4")
        self.send_header("accept-ranges", "bytes")
        self.send_header("content-length", str(last - first + 1))
        if status == 206:
            self.send_header("content-range", f"bytes {first}-{last}/{size}")
        self.end_headers()
        with self.server.path.open("rb") as file:
            self.connection.sendfile(file, first, last - first + 1)

    def log_message(self, format, *args) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    path: Path


class FileServer:
    def __init__(self, path: Path):
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.path = path
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/{path.name}"

    def __enter__(self) -> FileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()
