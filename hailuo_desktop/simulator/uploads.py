"""Uploaded files: ``POST /api/v1/files/`` (multipart, one ``file``) and ``GET /files/<name>``.

Files are kept in memory for one run of the simulator and served publicly, like the CDN links
AceData answers with. The multipart body is parsed here with the standard library: the part
headers by ``email``, the parts by their boundary.
"""

from __future__ import annotations

import email.parser
import email.policy
import mimetypes
import re
import threading
import uuid
from email.message import Message
from pathlib import PurePosixPath
from typing import NamedTuple

from .protocol import ApiError

MAX_FILE_BYTES = 100 * 1024 * 1024  # PlatformBackend's COS_MAX_UPLOAD_BYTES (platform-api §2)
MAX_BODY_BYTES = MAX_FILE_BYTES + 1024 * 1024  # room for the multipart framing
TOO_LARGE = ApiError(413, "file_too_large", "The file is larger than 100 MB.")
_NAME = re.compile(r"^[0-9a-f]{10}\.[0-9a-z]{1,8}$")
_HEADERS = email.parser.BytesHeaderParser(policy=email.policy.HTTP)


class Upload(NamedTuple):
    data: bytes
    content_type: str


class Part(NamedTuple):
    name: str | None
    filename: str | None
    content_type: str | None
    data: bytes


def parse_multipart(content_type: str, body: bytes) -> list[Part]:
    """The parts of a ``multipart/form-data`` body; ApiError 400 when it is not one."""
    header = Message()
    header["content-type"] = content_type
    boundary = header.get_param("boundary")
    if header.get_content_type() != "multipart/form-data" or not isinstance(boundary, str):
        raise ApiError(400, "bad_request", "The body must be multipart/form-data.")
    delimiter = b"--" + boundary.encode("latin-1")
    position = body.find(delimiter)
    parts = []
    while position != -1:
        start = position + len(delimiter)
        if body.startswith(b"--", start):
            return parts  # the closing delimiter
        end = body.find(b"\r\n" + delimiter, start)
        if end == -1:
            break
        parts.append(_part(body, start, end))
        position = end + 2
    raise ApiError(400, "bad_request", "The multipart body is cut short.")


def _part(body: bytes, start: int, end: int) -> Part:
    split = body.find(b"\r\n\r\n", start, end)
    if split == -1:
        raise ApiError(400, "bad_request", "A multipart part has no headers.")
    headers = _HEADERS.parsebytes(body[start:split].lstrip(b" \t\r\n"))
    name = headers.get_param("name", header="content-disposition")
    return Part(
        name if isinstance(name, str) else None,
        headers.get_filename(),
        headers.get("content-type"),
        body[split + 4 : end],
    )


class UploadStore:
    """Thread-safe ``name → Upload``; names look like the CDN's (``7f849b80b9.png``)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._files: dict[str, Upload] = {}

    def add(self, part: Part) -> str:
        """Keep one uploaded file; returns its name under ``/files/``."""
        if not part.data:
            raise ApiError(400, "bad_request", "The submitted file is empty.")
        if len(part.data) > MAX_FILE_BYTES:
            raise TOO_LARGE
        extension = PurePosixPath(part.filename or "").suffix.lower().lstrip(".")
        if not re.fullmatch(r"[0-9a-z]{1,8}", extension):
            guessed = mimetypes.guess_extension(part.content_type or "") or ".bin"
            extension = guessed.lstrip(".")
        name = f"{uuid.uuid4().hex[:10]}.{extension}"
        content_type = mimetypes.guess_type(name)[0] or part.content_type
        with self._lock:
            self._files[name] = Upload(part.data, content_type or "application/octet-stream")
        return name

    def get(self, name: str) -> Upload | None:
        if not _NAME.match(name):
            return None
        with self._lock:
            return self._files.get(name)


def take_one_file(parts: list[Part]) -> Part:
    """The one ``file`` field of an upload; AceData takes exactly one file per request."""
    files = [part for part in parts if part.name == "file"]
    if not files:
        raise ApiError(400, "bad_request", "No file was submitted in the field 'file'.")
    if len(files) > 1:
        raise ApiError(400, "bad_request", "Upload one file per request.")
    return files[0]
