"""The ``.part`` file a download writes, on a thread of its own, behind the network."""

from __future__ import annotations

import asyncio
import errno
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO

from .download_errors import DiskError, Downloads


def disk_error(exc: OSError) -> DiskError:
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


class PartFile:
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
            raise disk_error(exc) from exc

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
            raise disk_error(failure) from failure
        raise failure
