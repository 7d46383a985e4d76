"""Saving finished clips into the library: a queue, two downloads at a time, retries, resume.

The service owns its jobs and tells the UI what changed through two signals; it never writes
tasks itself. Whoever owns the tasks copies `stateChanged` into `download_state`,
`download_error` and `file_path`. While a clip is on its way, `file_path` already names its
place in the library and ``<file_path>.part`` holds the bytes: that is how the next run finds
a download to resume. The file itself exists only once the state is SAVED.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

import httpx
from PySide6.QtCore import QObject, Signal

from ..api.downloads import (
    DownloadError,
    InterruptedDownload,
    LinkExpiredError,
    download,
)
from ..domain.backoff import Backoff
from ..domain.task import DownloadState, Task, TaskState
from ..storage.library import IncompleteError, Library, LibraryError

log = logging.getLogger(__name__)

PARALLEL_DOWNLOADS = 2
AUTO_RETRIES = 3
PROGRESS_INTERVAL = 0.1  # seconds between progress signals of one download
# Generous reads: a CDN may pause mid-file. Links are public, so the client has no token.
TIMEOUT = httpx.Timeout(60.0, connect=15.0)
SIDECAR_PROBLEM = ("The video was saved, but the .json file beside it that records where it "
                   "came from could not be written.")


class DownloadService(QObject):
    # local_id, bytes done, bytes in all (-1: unknown). qint64: a Python int signal is 32-bit.
    progress = Signal(str, "qint64", "qint64")
    # local_id, DownloadState, one sentence for the user or None, file path or None
    stateChanged = Signal(str, object, object, object)

    def __init__(self, library_provider: Callable[[], Library], parent: QObject | None = None,
                 *, transport: httpx.AsyncBaseTransport | None = None,
                 retry_base: float = 1.0):
        super().__init__(parent)
        self._library_provider = library_provider
        self._retry_base = retry_base
        self._http = httpx.AsyncClient(timeout=TIMEOUT, transport=transport,
                                       headers={"user-agent": "hailuo-desktop"})
        self._disk = ThreadPoolExecutor(max_workers=2, thread_name_prefix="library")
        self._slots = asyncio.Semaphore(PARALLEL_DOWNLOADS)
        self._jobs: dict[str, asyncio.Task] = {}
        self._cancelled: set[str] = set()
        self._closing = False

    # --- commands ------------------------------------------------------------------------
    def is_active(self, local_id: str) -> bool:
        return local_id in self._jobs

    def enqueue(self, task: Task) -> None:
        """Download a finished task's clip; tasks not finished, already saved or already on
        their way are ignored."""
        if task.download_state is not DownloadState.SAVED:
            self._start(task, needs_part=False)

    def retry(self, task: Task) -> None:
        """Download again (after a failure, an expired link or a cancel), from the part an
        earlier attempt left if there is one."""
        self._start(task, needs_part=False)

    def resume(self, tasks: list[Task]) -> None:
        """At start-up: continue what the last run left queued, running, or failed halfway."""
        for task in tasks:
            if task.download_state in (DownloadState.QUEUED, DownloadState.DOWNLOADING):
                self._start(task, needs_part=False)
            elif task.download_state is DownloadState.FAILED:
                self._start(task, needs_part=True)

    def cancel(self, local_id: str) -> None:
        job = self._jobs.get(local_id)
        if job is not None:
            self._cancelled.add(local_id)
            job.cancel()

    async def shutdown(self) -> None:
        """Stop every download. Parts stay on disk so that the next run resumes them."""
        self._closing = True
        jobs = list(self._jobs.values())
        for job in jobs:
            job.cancel()
        await asyncio.gather(*jobs, return_exceptions=True)
        await self._http.aclose()
        # Wait for file work already handed to the threads: its result must not reach a
        # loop that is gone.
        await asyncio.to_thread(self._disk.shutdown, True)

    # --- jobs ----------------------------------------------------------------------------
    def _start(self, task: Task, *, needs_part: bool) -> None:
        if (self._closing or task.local_id in self._jobs
                or task.state is not TaskState.SUCCEEDED or not task.video_url):
            return
        job = asyncio.get_running_loop().create_task(self._run(task, needs_part))
        self._jobs[task.local_id] = job
        job.add_done_callback(partial(self._job_done, task.local_id))
        if not needs_part:
            self._emit(task.local_id, DownloadState.QUEUED, None, task.file_path)

    def _job_done(self, local_id: str, job: asyncio.Task) -> None:
        if self._jobs.get(local_id) is job:
            del self._jobs[local_id]
        self._cancelled.discard(local_id)
        if not job.cancelled() and job.exception() is not None:
            job.get_loop().call_exception_handler(
                {"message": "a download failed unexpectedly", "exception": job.exception()})

    def _emit(self, local_id: str, state: DownloadState, error: str | None,
              path: Path | str | None) -> None:
        self.stateChanged.emit(local_id, state, error, None if path is None else str(path))

    async def _io(self, fn: Callable, *args):
        return await asyncio.get_running_loop().run_in_executor(self._disk, fn, *args)

    async def _run(self, task: Task, needs_part: bool) -> None:
        local_id = task.local_id
        library = self._library_provider()
        final: Path | None = None
        try:
            final = await self._io(library.resumable, task)
            if final is None and needs_part:
                return  # failed earlier with nothing to continue: the user can retry
            if needs_part:
                self._emit(local_id, DownloadState.QUEUED, None, final)
            async with self._slots:
                await self._io(library.ensure_writable)
                if final is None:
                    final = await self._io(library.reserve, task)
                self._emit(local_id, DownloadState.DOWNLOADING, None, final)
                saved = await self._fetch(task, library, final)
                note = None
                try:
                    await self._io(library.write_sidecar, saved, task)
                except LibraryError as exc:
                    log.warning("sidecar of %s not written: %s", saved, exc)
                    note = SIDECAR_PROBLEM
                self._emit(local_id, DownloadState.SAVED, note, saved)
        except asyncio.CancelledError:
            if local_id not in self._cancelled or self._closing:
                raise  # shutting down: the part stays for the next run
            await self._discard(library, final)
            self._emit(local_id, DownloadState.CANCELLED, None, None)
        except LinkExpiredError as exc:
            log.info("download of %s: link expired (%s)", local_id, exc.detail)
            await self._discard(library, final)
            self._emit(local_id, DownloadState.EXPIRED, exc.sentence, None)
        except InterruptedDownload as exc:
            # The part is kept: a retry, or the next run, continues where this one stopped.
            log.info("download of %s interrupted for good: %s", local_id, exc.detail)
            self._emit(local_id, DownloadState.FAILED, exc.sentence, final)
        except (DownloadError, LibraryError) as exc:
            log.warning("download of %s failed: %s", local_id, getattr(exc, "detail", exc))
            await self._discard(library, final)
            self._emit(local_id, DownloadState.FAILED, str(exc), None)

    async def _discard(self, library: Library, final: Path | None) -> None:
        if final is not None:
            await self._io(library.discard, library.part_path(final))

    async def _fetch(self, task: Task, library: Library, final: Path) -> Path:
        """Download and check the clip, retrying interruptions with back-off; returns where
        the clip now is."""
        part = library.part_path(final)
        backoff = Backoff(base=self._retry_base, cap=30.0)
        report = self._reporter(task.local_id)
        attempt = 0
        while True:
            try:
                total = await download(self._http, task.video_url or "", part,
                                       on_progress=report)
                return await self._io(library.finalize, part, final, total)
            except (InterruptedDownload, IncompleteError) as exc:
                attempt += 1
                if attempt > AUTO_RETRIES:
                    raise
                delay = backoff.next_delay()
                log.info("download of %s: %s; retry %d in %.1f s", task.local_id,
                         getattr(exc, "detail", exc), attempt, delay)
                await asyncio.sleep(delay)

    def _reporter(self, local_id: str) -> Callable[[int, int | None], None]:
        last = -PROGRESS_INTERVAL

        def report(done: int, total: int | None) -> None:
            nonlocal last
            now = time.monotonic()
            if done == total or now - last >= PROGRESS_INTERVAL:
                last = now
                self.progress.emit(local_id, done, -1 if total is None else total)

        return report
