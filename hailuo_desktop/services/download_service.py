"""Saving finished clips into the library: a queue, two downloads at a time, retries that never
give up on a passing failure, resume, and saves that survive a crash at any moment.

Every step of a save is in the ledger before the file system makes it true: the clip's final
name is recorded before its first byte arrives, and a clip found under that name (or any name
carrying the task's id) is adopted, never downloaded again. That is what keeps a task to one
clip whenever the app is killed. The service records through `record`, an awaitable that
writes the task (`TaskService.update`): a checkpoint is on disk before the next step starts.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

import httpx
from PySide6.QtCore import QObject, Signal

from ..api.download_errors import (
    DownloadError,
    DownloadHttpError,
    Downloads,
    InterruptedDownload,
    LinkExpiredError,
)
from ..api.downloads import download
from ..api.tls import tls_context
from ..domain.backoff import Backoff
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.task import DownloadState, Task, TaskState
from ..storage.library import IncompleteError, Library, LibraryError

log = logging.getLogger(__name__)

PARALLEL_DOWNLOADS = 2
# Links expire, and how soon is not documented: the wait between tries stays short however
# long the trouble lasts, so a clip is fetched as soon as the server is well again.
RETRY_CAP_SECONDS = 30.0
PROGRESS_INTERVAL = 0.1  # seconds between progress signals of one download
# Generous reads: a CDN may pause mid-file. Links are public, so the client has no token.
TIMEOUT = httpx.Timeout(60.0, connect=15.0)
# Translated where they are said (Downloads.tr).
SIDECAR_PROBLEM = QT_TRANSLATE_NOOP(
    "Downloads", "The video was saved, but the .json file beside it that records where it came "
                 "from could not be written.")
RETRYING = QT_TRANSLATE_NOOP(
    "Downloads", "Not saved yet: {reason}. The app keeps trying by itself, also after a "
                 "restart.")
# HTTP answers that say "not now" rather than "never".
_BUSY_STATUSES = frozenset({408, 425, 429})

Record = Callable[..., Awaitable[object]]          # record(local_id, **changes)
FreshLink = Callable[[Task], Awaitable[str | None]]  # a renewed video link, or None


def passing_reason(exc: Exception) -> str | None:
    """What went wrong, when trying again later can mend it; None when it cannot."""
    if isinstance(exc, InterruptedDownload):
        return Downloads.tr("the download was interrupted")
    if isinstance(exc, IncompleteError):
        return Downloads.tr("the download stopped early")
    if isinstance(exc, DownloadHttpError) and exc.status >= 500:
        return Downloads.tr("the video server had a problem (HTTP {status})").format(
            status=exc.status)
    if isinstance(exc, DownloadHttpError) and exc.status in _BUSY_STATUSES:
        return Downloads.tr("the video server is busy (HTTP {status})").format(
            status=exc.status)
    return None


class DownloadService(QObject):
    # local_id, bytes done, bytes in all (-1: unknown). qint64: a Python int signal is 32-bit.
    progress = Signal(str, "qint64", "qint64")
    # local_id, when (Unix time) the next try starts
    retryScheduled = Signal(str, float)

    def __init__(self, library_provider: Callable[[], Library], record: Record,
                 parent: QObject | None = None, *, fresh_link: FreshLink | None = None,
                 transport: httpx.AsyncBaseTransport | None = None,
                 retry_base: float = 1.0, clock: Callable[[], float] = time.time):
        super().__init__(parent)
        self._library_provider = library_provider
        self._record = record
        self._fresh_link = fresh_link
        self._retry_base = retry_base
        self._clock = clock
        self._http = httpx.AsyncClient(timeout=TIMEOUT, transport=transport, verify=tls_context(),
                                       headers={"user-agent": "hailuo-desktop"})
        self._disk = ThreadPoolExecutor(max_workers=2, thread_name_prefix="library")
        self._slots = asyncio.Semaphore(PARALLEL_DOWNLOADS)
        self._jobs: dict[str, asyncio.Task] = {}
        self._cancelled: set[str] = set()
        self._wakes: dict[str, asyncio.Event] = {}  # saves waiting for their next try
        self._again: dict[str, Task] = {}  # asked for while their last save was ending
        self._closing = False

    # --- commands ------------------------------------------------------------------------
    def is_active(self, local_id: str) -> bool:
        return local_id in self._jobs

    def enqueue(self, task: Task) -> None:
        """Save a finished task's clip; tasks not finished, already saved or already on their
        way are ignored."""
        if task.download_state is not DownloadState.SAVED:
            self._start(task)

    def save_now(self, task: Task) -> None:
        """The user asks: start the save, or end the wait before the next try. A save that
        is just ending (recording its outcome) starts again after it."""
        wake = self._wakes.get(task.local_id)
        if wake is not None:
            wake.set()
        elif task.local_id in self._jobs:
            self._again[task.local_id] = task
        else:
            self._start(task)

    def resume(self, tasks: list[Task]) -> None:
        """At start-up: carry on with every save the last run had not finished."""
        for task in tasks:
            if task.download_state.is_pending:
                self._start(task)

    def cancel(self, local_id: str) -> None:
        job = self._jobs.get(local_id)
        if job is not None:
            self._cancelled.add(local_id)
            job.cancel()

    async def sweep(self) -> None:
        """Remove what interrupted sidecar writes left in the library."""
        await self._io(self._library_provider().sweep)

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
    def _start(self, task: Task) -> None:
        if (self._closing or task.local_id in self._jobs
                or task.state is not TaskState.SUCCEEDED or not task.video_url):
            return
        job = asyncio.get_running_loop().create_task(self._run(task))
        self._jobs[task.local_id] = job
        job.add_done_callback(partial(self._job_done, task.local_id))

    def _job_done(self, local_id: str, job: asyncio.Task) -> None:
        if self._jobs.get(local_id) is job:
            del self._jobs[local_id]
        self._cancelled.discard(local_id)
        if not job.cancelled() and job.exception() is not None:
            job.get_loop().call_exception_handler(
                {"message": "a download failed unexpectedly", "exception": job.exception()})
        again = self._again.pop(local_id, None)
        if again is not None:
            self._start(again)

    async def _io(self, fn: Callable, *args):
        return await asyncio.get_running_loop().run_in_executor(self._disk, fn, *args)

    async def _run(self, task: Task) -> None:
        local_id = task.local_id
        library = self._library_provider()
        final: Path | None = None
        try:
            found = await self._io(library.find_saved, task)
            if found is not None:
                await self._adopt(task, library, found)
                return
            await self._record(local_id, download_state=DownloadState.QUEUED,
                               download_error=None)
            await self._io(library.ensure_writable)
            final = await self._io(library.resumable, task) or await self._io(
                library.reserve, task)
            # The name is on disk before any byte is: a crash from here on is resumed or
            # adopted under this name, never saved under a second one.
            await self._record(local_id, file_path=str(final))
            await self._save(task, library, final)
        except asyncio.CancelledError:
            if local_id not in self._cancelled or self._closing:
                raise  # shutting down: the part stays for the next run
            await self._discard(library, final)
            await self._record(local_id, download_state=DownloadState.CANCELLED,
                               download_error=None, file_path=None)
        except LinkExpiredError as exc:
            log.info("download of %s: link expired (%s)", local_id, exc.detail)
            await self._discard(library, final)
            await self._record(local_id, download_state=DownloadState.EXPIRED,
                               download_error=exc.sentence, file_path=None)
        except (DownloadError, LibraryError) as exc:
            log.warning("download of %s failed: %s", local_id, getattr(exc, "detail", exc))
            await self._discard(library, final)
            await self._record(local_id, download_state=DownloadState.FAILED,
                               download_error=str(exc), file_path=None)

    async def _adopt(self, task: Task, library: Library, clip: Path) -> None:
        """An earlier run saved this clip but died before the ledger said so."""
        log.info("download of %s: adopting %s, saved by an earlier run", task.local_id, clip)
        note = None
        if await self._io(library.sidecar_task_id, clip) != task.task_id:
            note = await self._write_sidecar(library, clip, task)
        await self._discard(library, clip)  # a part left beside it is not needed any more
        await self._record(task.local_id, download_state=DownloadState.SAVED,
                           download_error=note, file_path=str(clip))

    async def _complete(self, task: Task, library: Library, final: Path) -> None:
        """Name the verified part. The sidecar first: a crash between the two leaves a
        complete part that the next run renames, never a clip without its sidecar."""
        part = library.part_path(final)
        if await self._io(final.exists):
            if await self._io(library.is_clip_of, final, task):
                await self._adopt(task, library, final)
                return
            # Someone else's file took the name meanwhile: never overwrite it.
            final = await self._io(library.free_name, task)
            await self._record(task.local_id, file_path=str(final))
        note = await self._write_sidecar(library, final, task)
        await self._io(library.place, part, final)
        await self._record(task.local_id, download_state=DownloadState.SAVED,
                           download_error=note, file_path=str(final))

    async def _write_sidecar(self, library: Library, clip: Path, task: Task) -> str | None:
        try:
            await self._io(library.write_sidecar, clip, task)
        except LibraryError as exc:
            log.warning("sidecar of %s not written: %s", clip, exc)
            return Downloads.tr(SIDECAR_PROBLEM)
        return None

    async def _discard(self, library: Library, final: Path | None) -> None:
        if final is not None:
            await self._io(library.discard, library.part_path(final))

    async def _save(self, task: Task, library: Library, final: Path) -> None:
        """Fill, verify and name the part, retrying passing failures until the link is gone
        for good. A slot is held while a try runs, not while waiting for the next."""
        part = library.part_path(final)
        backoff = Backoff(base=self._retry_base, cap=RETRY_CAP_SECONDS)
        report = self._reporter(task.local_id)
        renewed = False
        while True:
            try:
                async with self._slots:
                    await self._record(task.local_id, download_state=DownloadState.DOWNLOADING,
                                       download_error=None)
                    total = await download(self._http, task.video_url or "", part,
                                           on_progress=report)
                    await self._io(library.verify, part, total)
                    await self._complete(task, library, final)
                return
            except LinkExpiredError:
                fresh = None if renewed or self._fresh_link is None else \
                    await self._fresh_link(task)
                if not fresh or fresh == task.video_url:
                    raise
                renewed = True  # one new link per save: the service renewed it, try that
                task = task.evolve(video_url=fresh)
                continue
            except (DownloadError, LibraryError) as exc:
                reason = passing_reason(exc)
                if reason is None:
                    raise
                delay = backoff.next_delay()
                log.info("download of %s: %s; try %d in %.1f s", task.local_id,
                         getattr(exc, "detail", exc), backoff.failures + 1, delay)
                await self._record(task.local_id, download_state=DownloadState.RETRYING,
                                   download_error=Downloads.tr(RETRYING).format(
                                       reason=reason))
                self.retryScheduled.emit(task.local_id, self._clock() + delay)
                await self._wait(task.local_id, delay)

    async def _wait(self, local_id: str, delay: float) -> None:
        """Sleep until the next try, or until the user asks for it now."""
        wake = self._wakes[local_id] = asyncio.Event()
        try:
            await asyncio.wait_for(wake.wait(), delay)
        except TimeoutError:
            pass
        finally:
            del self._wakes[local_id]

    def _reporter(self, local_id: str) -> Callable[[int, int | None], None]:
        last = -PROGRESS_INTERVAL

        def report(done: int, total: int | None) -> None:
            nonlocal last
            now = time.monotonic()
            if done == total or now - last >= PROGRESS_INTERVAL:
                last = now
                self.progress.emit(local_id, done, -1 if total is None else total)

        return report
