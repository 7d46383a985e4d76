"""Links of pictures uploaded before, so the same picture is never sent twice.

Keyed by the picture's SHA-256 and the platform's address: a link made by the demo's simulator
(a new address each run) is never offered for the real service. The file survives restarts;
its reads and writes block, so the app calls these from a worker thread.
"""

from __future__ import annotations

import threading
from pathlib import Path

from .private_json import read_json_object, write_json_object

MAX_LINKS = 1000  # the oldest are forgotten first


class UploadLinks:
    def __init__(self, path: Path, limit: int = MAX_LINKS):
        self.path = path
        self._limit = limit
        self._lock = threading.Lock()
        self._links: dict[str, str] | None = None

    def get(self, platform: str, digest: str) -> str | None:
        with self._lock:
            return self._loaded().get(_key(platform, digest))

    def put(self, platform: str, digest: str, url: str) -> None:
        with self._lock:
            links = self._loaded()
            links.pop(_key(platform, digest), None)
            links[_key(platform, digest)] = url
            while len(links) > self._limit:
                del links[next(iter(links))]
            write_json_object(self.path, {"version": 1, "links": links})

    def _loaded(self) -> dict[str, str]:
        if self._links is None:
            stored = read_json_object(self.path).get("links")
            self._links = {key: url for key, url in (stored or {}).items()
                           if isinstance(key, str) and isinstance(url, str)
                           } if isinstance(stored, dict) else {}
        return self._links


def _key(platform: str, digest: str) -> str:
    return f"{platform.rstrip('/')} {digest}"
