"""``GET``/``HEAD`` of video clips, sample images and uploaded files, with byte ranges. No
token needed: like CDN links, these URLs are public.

- ``/videos/<task_id>.mp4``: the clip of a succeeded task (404 for unknown or unfinished tasks);
- ``/images/sample-<n>.png``: sample first-frame images ``1..SAMPLE_IMAGE_COUNT``;
- ``/files/<name>``: what ``POST /api/v1/files/`` took, with its type.
"""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING

from .answer import DROP, Answer
from .store import SUCCEEDED

if TYPE_CHECKING:
    from .server import Simulator

SAMPLE_IMAGE_COUNT = 3
_VIDEO_PATH = re.compile(r"^/videos/([0-9A-Za-z-]{1,64})\.mp4$")
_IMAGE_PATH = re.compile(r"^/images/sample-(\d{1,3})\.png$")
_FILE_PATH = re.compile(r"^/files/([^/]+)$")
_UNSATISFIABLE = (-1, -1)


def _text(status: int, message: str) -> Answer:
    return Answer(status, message.encode() + b"\n", "text/plain; charset=utf-8")


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """``(first, last)`` inclusive for a single ``bytes=`` range; None means "send it all"
    (no header, or one this server ignores); ``(-1, -1)`` means unsatisfiable (416)."""
    if not header or not header.strip().lower().startswith("bytes="):
        return None
    spec = header.strip()[6:].strip()
    if "," in spec:
        return None  # several ranges: allowed to answer with the whole body
    first_text, dash, last_text = spec.partition("-")
    if not dash or not (first_text.strip() + last_text.strip()).isdigit():
        return None
    first_text, last_text = first_text.strip(), last_text.strip()
    if not first_text:  # "bytes=-N": the last N bytes
        suffix = int(last_text)
        if suffix == 0 or size == 0:
            return _UNSATISFIABLE
        return max(0, size - suffix), size - 1
    first = int(first_text)
    last = int(last_text) if last_text else size - 1
    if last_text and last < first:
        return None  # invalid syntax: ignore the header
    if first >= size:
        return _UNSATISFIABLE
    return first, min(last, size - 1)


def ranged(data: bytes, content_type: str, range_header: str | None) -> Answer:
    headers = {"Accept-Ranges": "bytes"}
    span = parse_range(range_header, len(data))
    if span is None:
        return Answer(200, data, content_type, headers)
    if span == _UNSATISFIABLE:
        headers["Content-Range"] = f"bytes */{len(data)}"
        return Answer(416, b"", content_type, headers)
    first, last = span
    headers["Content-Range"] = f"bytes {first}-{last}/{len(data)}"
    return Answer(206, data[first : last + 1], content_type, headers)


def handle(sim: Simulator, path: str, range_header: str | None, *, head: bool) -> Answer:
    video = _VIDEO_PATH.match(path)
    if video:
        task = sim.store.get(video.group(1))
        if task is None or task.phase(time.time()) != SUCCEEDED:
            return _text(404, "Not Found")
        if sim.faults.expire_links:
            return _text(403, "Request has expired")
        if not head and sim.faults.take("reset_downloads"):
            return DROP
        if not head and sim.faults.take("download_errors"):
            return _text(500, "Internal Server Error")
        answer = ranged(sim.video_bytes(task.id), "video/mp4", range_header)
        if not head and answer.status in (200, 206) and sim.faults.take("truncate_downloads"):
            answer.truncate = True
        return answer
    served = served_file(sim, path)
    if served is not None:
        return ranged(*served, range_header)
    return _text(404, "Not Found")


def served_file(sim: Simulator, path: str) -> tuple[bytes, str] | None:
    """A sample image's or an uploaded file's bytes and type, by its path on this server."""
    image = _IMAGE_PATH.match(path)
    if image and 1 <= int(image.group(1)) <= SAMPLE_IMAGE_COUNT:
        return sim.sample_image_bytes(int(image.group(1))), "image/png"
    upload = _FILE_PATH.match(path)
    found = sim.uploads.get(upload.group(1)) if upload else None
    return (found.data, found.content_type) if found else None
