"""Fetching a finished clip from its public link into a ``.part`` file, resuming when it can.

Video links are public CDN links: requests never carry the API token, and redirects are
followed by hand so that each hop can be checked (http and https only). What can go wrong:

    DownloadError              str(error) is one sentence for the user
    ├── UnsafeLinkError        not an http(s) link, or a redirect to something else
    ├── LinkExpiredError       403 / 404 / 410: the link is gone; retrying it will not help
    ├── DownloadHttpError      any other HTTP error (status)
    ├── TooLargeError          bigger than max_bytes
    ├── InterruptedDownload    network trouble or a short body: retrying may well work
    └── DiskError              the .part could not be written (a full disk, permissions)
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO, NamedTuple

import httpx

from ..domain.i18n import QT_TRANSLATE_NOOP, Context

Downloads = Context("Downloads")

DEFAULT_MAX_BYTES = 2 * 1024**3
MAX_REDIRECTS = 5
_REDIRECTS = (301, 302, 303, 307, 308)
_CONTENT_RANGE = re.compile(r"^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$", re.IGNORECASE)
_UNSATISFIED_RANGE = re.compile(r"^\s*bytes\s+\*/(\d+)\s*$", re.IGNORECASE)


class DownloadError(Exception):
    def __init__(self, sentence: str, detail: str | None = None):
        super().__init__(sentence)
        self.sentence = sentence
        self.detail = detail  # for the log, not for the user


class UnsafeLinkError(DownloadError):
    pass


class LinkExpiredError(DownloadError):
    pass


class DownloadHttpError(DownloadError):
    def __init__(self, sentence: str, status: int):
        super().__init__(sentence, f"HTTP {status}")
        self.status = status


class TooLargeError(DownloadError):
    pass


class InterruptedDownload(DownloadError):
    pass


class DiskError(DownloadError):
    pass


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


def _disk_error(exc: OSError) -> DiskError:
    if exc.errno == errno.ENOSPC:
        sentence = Downloads.tr("The disk is full, so the video could not be saved. Free some "
                                "space and retry.")
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        sentence = Downloads.tr("The library folder can't be written, so the video could not "
                                "be saved. Choose another folder in Settings and retry.")
    else:
        sentence = Downloads.tr("The video could not be written to disk. Check the library "
                                "folder and retry.")
    return DiskError(sentence, str(exc))


def _write_chunk(handle: BinaryIO, data: bytes) -> None:
    view = memoryview(data)
    while view:  # an unbuffered file may take less than it was given
        view = view[handle.write(view):]


def _write_pieces(handle: BinaryIO, pieces: list[bytes]) -> None:
    _write_chunk(handle, pieces[0] if len(pieces) == 1 else b"".join(pieces))


class _PartFile:
    """The ``.part`` file, touched only from its own thread. Work runs in order there, so a
    close queued after a write waits for it: a descriptor is never closed under a write that
    is still running.

    Writes run behind the download, one at a time, in batches: `put` queues a piece and
    returns at once. A write starts when the thread is free and a BATCH is waiting, or when a
    piece has waited LINGER seconds (a slow or paused stream). While a write runs and a batch
    already waits, `put` waits for the disk. So the network and the disk work side by side,
    the loop hands work to the thread about once per batch instead of once per 64 KB piece
    (awaiting a hop per piece halved the speed on qasync's loop: `make bench`), and memory
    holds at most about two batches. `written` counts only finished writes: it is what the
    file holds.
    """

    BATCH = 1024 * 1024
    LINGER = 0.1

    def __init__(self, path: Path):
        self._path = path
        self._handle: BinaryIO | None = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="download-disk")
        self._waiting: list[bytes] = []
        self._waiting_size = 0
        self._running: asyncio.Future | None = None
        self._linger: asyncio.TimerHandle | None = None
        self._failure: BaseException | None = None
        self.written = 0

    async def _do(self, fn: Callable, *args):
        try:
            return await asyncio.get_running_loop().run_in_executor(self._pool, fn, *args)
        except OSError as exc:
            raise _disk_error(exc) from exc

    def _size(self) -> int:
        try:
            return self._path.stat().st_size
        except FileNotFoundError:
            return 0

    def _open(self, append: bool) -> None:
        # Unbuffered: what was reported as written is in the file, even if the app dies now.
        self._handle = self._path.open("ab" if append else "wb", buffering=0)

    def _close(self) -> None:
        if self._handle is not None:
            handle, self._handle = self._handle, None
            handle.close()

    async def size(self) -> int:
        return await self._do(self._size)

    async def open(self, append: bool, written: int) -> None:
        """Open for a new answer whose first byte lands at `written`."""
        await self._do(self._open, append)
        self.written = written
        self._failure = None

    async def put(self, data: bytes) -> None:
        """Queue `data` behind what is already queued; raises DiskError if a write failed."""
        self._raise_failure()
        self._waiting.append(data)
        self._waiting_size += len(data)
        self._schedule()
        if self._running is not None and self._waiting_size >= self.BATCH:
            await asyncio.wait([self._running])  # its end starts the next write at once
            self._raise_failure()

    async def drain(self) -> None:
        """Wait until everything queued is in the file; raises DiskError if it is not."""
        await self._settle()
        self._raise_failure()

    async def finish(self, keep_waiting: bool) -> None:
        """Close the file after the write in flight and, if `keep_waiting`, after the pieces
        still waiting too. Never raises a failed write's error: `put` and `drain` do."""
        if not keep_waiting:
            self._drop_waiting()
        await self._settle()
        await self._do(self._close)

    def release(self) -> None:
        """Close (after any write in flight) and let the thread end; safe after finish()."""
        self._drop_waiting()
        self._pool.submit(self._close)
        self._pool.shutdown(wait=False)

    async def _settle(self) -> None:
        while self._running is not None or (self._waiting and self._failure is None):
            if self._running is None:
                self._start()
            await asyncio.wait([self._running])

    def _schedule(self) -> None:
        if self._running is not None or not self._waiting:
            return
        if self._waiting_size >= self.BATCH:
            self._start()
        elif self._linger is None:
            self._linger = asyncio.get_running_loop().call_later(self.LINGER, self._lingered)

    def _lingered(self) -> None:
        self._linger = None
        if self._running is None and self._waiting:
            self._start()

    def _start(self) -> None:
        self._stop_lingering()
        pieces, size = self._waiting, self._waiting_size
        self._waiting, self._waiting_size = [], 0
        self._running = asyncio.get_running_loop().run_in_executor(
            self._pool, _write_pieces, self._handle, pieces)
        # Registered before anyone awaits it: when they resume, this has already run.
        self._running.add_done_callback(lambda done: self._ended(done, size))

    def _ended(self, done: asyncio.Future, size: int) -> None:
        self._running = None
        if done.exception() is not None:
            self._failure = done.exception()
            self._drop_waiting()  # never written after a gap: that would splice garbage
            return
        self.written += size
        self._schedule()

    def _drop_waiting(self) -> None:
        self._stop_lingering()
        self._waiting, self._waiting_size = [], 0

    def _stop_lingering(self) -> None:
        if self._linger is not None:
            self._linger.cancel()
            self._linger = None

    def _raise_failure(self) -> None:
        failure = self._failure
        if failure is None:
            return
        if isinstance(failure, OSError):
            raise _disk_error(failure) from failure
        raise failure


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
    file = _PartFile(part)
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


async def _receive(response: httpx.Response, file: _PartFile, offset: int,
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
