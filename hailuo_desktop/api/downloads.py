"""Fetching a finished clip from its public link into a ``.part`` file, resuming when it can.

Video links are public CDN links: requests never carry the API token, and redirects are
followed by hand so that each hop can be checked (http and https only). What can go wrong is
in `download_errors`; the file is written by `part_file.PartFile`.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import httpx

from ..domain.i18n import QT_TRANSLATE_NOOP
from .download_errors import (
    DownloadHttpError,
    Downloads,
    InterruptedDownload,
    LinkExpiredError,
    TooLargeError,
    UnsafeLinkError,
)
from .part_file import PartFile

DEFAULT_MAX_BYTES = 2 * 1024**3
MAX_REDIRECTS = 5
_REDIRECTS = (301, 302, 303, 307, 308)
_CONTENT_RANGE = re.compile(r"^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$", re.IGNORECASE)
_UNSATISFIED_RANGE = re.compile(r"^\s*bytes\s+\*/(\d+)\s*$", re.IGNORECASE)

# Translated where they are raised (Downloads.tr).
EXPIRED = QT_TRANSLATE_NOOP(
    "Downloads", "The video link has expired or no longer exists. Retry to fetch a fresh link, "
                 "or generate the video again.")
INTERRUPTED = QT_TRANSLATE_NOOP(
    "Downloads", "The download was interrupted. Check your internet connection and retry.")


def _unsafe(url: str) -> UnsafeLinkError:
    return UnsafeLinkError(Downloads.tr(
        "The video link is not a web (http or https) link, so it was not downloaded. Copy the "
        "link and check it."), url[:200])


def _require_web_link(url: str | httpx.URL) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise _unsafe(str(url)) from exc
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise _unsafe(str(url))
    return parsed


async def _open(http: httpx.AsyncClient, url: httpx.URL, offset: int) -> httpx.Response:
    """GET `url` (from byte `offset`), following up to MAX_REDIRECTS http(s) redirects."""
    headers = {"accept-encoding": "identity"}  # Content-Length must count the file's bytes
    if offset:
        headers["range"] = f"bytes={offset}-"
    for _ in range(MAX_REDIRECTS + 1):
        request = http.build_request("GET", url, headers=headers)
        request.headers.pop("authorization", None)  # a public link never gets the API token
        try:
            response = await http.send(request, stream=True, follow_redirects=False, auth=None)
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            # httpx parses a redirect's Location even when it does not follow it
            raise _unsafe(str(url)) from exc
        except httpx.TransportError as exc:
            raise InterruptedDownload(Downloads.tr(INTERRUPTED), repr(exc)) from exc
        if response.status_code not in _REDIRECTS or "location" not in response.headers:
            return response
        await response.aclose()
        try:
            url = _require_web_link(url.join(response.headers["location"]))
        except httpx.InvalidURL as exc:
            raise _unsafe(response.headers["location"]) from exc
    raise DownloadHttpError(Downloads.tr("The video link redirects too many times. Retry "
                                         "later."), response.status_code)


def _raise_for_status(response: httpx.Response) -> None:
    status = response.status_code
    if status in (403, 404, 410):
        raise LinkExpiredError(Downloads.tr(EXPIRED), f"HTTP {status}")
    if status >= 500:
        raise DownloadHttpError(Downloads.tr("The video server had a problem (HTTP {status}). "
                                             "Retry later.").format(status=status), status)
    if status not in (200, 206):
        raise DownloadHttpError(Downloads.tr("The video server refused the download (HTTP "
                                             "{status}). Retry later.").format(status=status),
                                status)


class _Step(NamedTuple):
    offset: int             # where the part ends now
    total: int | None       # the size of the whole file, if the server said
    complete: bool


def _span(response: httpx.Response) -> tuple[int, int | None, int | None]:
    """(first byte of the body within the file, end of the body, size of the whole file),
    the last two None when the server does not say."""
    length = response.headers.get("content-length", "").strip()
    if response.status_code != 206:
        size = int(length) if length.isdigit() else None
        return 0, size, size
    match = _CONTENT_RANGE.match(response.headers.get("content-range", ""))
    if match is None:
        raise DownloadHttpError(Downloads.tr("The video server sent a part of the file it did "
                                             "not describe. Retry later."), 206)
    total = None if match.group(3) == "*" else int(match.group(3))
    return int(match.group(1)), int(match.group(2)) + 1, total


async def download(http: httpx.AsyncClient, url: str, part: Path, *,
                   on_progress: Callable[[int, int | None], None],
                   max_bytes: int = DEFAULT_MAX_BYTES) -> int:
    """Fetch `url` into `part`, continuing an existing part with a Range request; returns the
    size of the whole file (as the server announced it, else as received). `http` must be a
    client without the API token."""
    target = _require_web_link(url)
    file = PartFile(part)
    try:
        offset = await file.size()
        while True:
            response = await _open(http, target, offset)
            try:
                step = await _receive(response, file, offset, on_progress, max_bytes)
            finally:
                await response.aclose()
            if step.complete:
                return step.total if step.total is not None else step.offset
            offset = step.offset
    finally:
        file.release()


async def _receive(response: httpx.Response, file: PartFile, offset: int,
                   on_progress: Callable[[int, int | None], None], max_bytes: int) -> _Step:
    """Stream one answer into the part. Not complete means: ask again from `offset` (0 when
    the server and the part disagree, more when the server sent only part of the rest)."""
    if response.status_code == 416 and offset:
        match = _UNSATISFIED_RANGE.match(response.headers.get("content-range", ""))
        if match and int(match.group(1)) == offset:
            on_progress(offset, offset)  # an earlier run had fetched it all
            return _Step(offset, offset, True)
        return _Step(0, None, False)  # the part is longer than the file: start over
    _raise_for_status(response)
    first, end, total = _span(response)
    if first != offset:
        if offset:
            return _Step(0, None, False)  # not the range we asked for: never splice
        raise DownloadHttpError(Downloads.tr("The video server sent the wrong part of the "
                                             "file. Retry later."), response.status_code)
    size = total if total is not None else end
    if size is not None and size > max_bytes:
        raise TooLargeError(Downloads.tr(
            "The video is too large to save here ({size} MB; the limit is {limit} MB). Open "
            "its link in a browser instead.").format(size=size // 1024**2,
                                                     limit=max_bytes // 1024**2),
            f"{size} bytes")
    await file.open(append=response.status_code == 206, written=first)
    reported = first
    on_progress(reported, total)
    done = first
    cancelled = False
    try:
        # aclosing: a cancelled download closes its stream in this task, not in a later GC.
        async with contextlib.aclosing(response.aiter_raw()) as pieces:
            async for chunk in pieces:  # pieces as they arrive: memory stays flat
                done += len(chunk)
                if done > max_bytes:
                    raise TooLargeError(Downloads.tr(
                        "The video is too large to save here (over {limit} MB). Open its link "
                        "in a browser instead.").format(limit=max_bytes // 1024**2),
                        f"{done} bytes")
                await file.put(chunk)
                if file.written != reported:
                    reported = file.written
                    on_progress(reported, total)
        await file.drain()
    except asyncio.CancelledError:
        cancelled = True
        raise
    except httpx.TransportError as exc:
        raise InterruptedDownload(Downloads.tr(INTERRUPTED), repr(exc)) from exc
    finally:
        # What arrived is good bytes worth keeping for a resume; a cancelled download only
        # lets the write already running end, so that it stops at once.
        await file.finish(keep_waiting=not cancelled)
        if file.written != reported:
            on_progress(file.written, total)
    done = file.written
    if end is not None and done < end:
        raise InterruptedDownload(Downloads.tr(INTERRUPTED), f"{done} of {end} bytes")
    if total is not None and done < total:
        if done == first:
            raise InterruptedDownload(Downloads.tr(INTERRUPTED),
                                      f"an empty answer at byte {done} of {total}")
        return _Step(done, total, False)  # a server may answer a range in pieces
    return _Step(done, total, True)
