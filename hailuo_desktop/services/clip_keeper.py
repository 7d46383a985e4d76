"""Keeps every finished clip: downloads succeeded tasks into the library (when auto-download is
on), records how each download goes on the task, and makes a poster still for the table.

It connects the task service and the download service; neither knows about the other.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..api.downloads import Downloads
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.task import DownloadState, Task, TaskState
from .download_service import DownloadService
from .jobs import Jobs
from .posters import PosterMaker
from .task_service import TaskService

log = logging.getLogger(__name__)

MISSING_FILE = QT_TRANSLATE_NOOP(
    "Downloads", "The saved video is no longer in the library folder (moved or deleted). Use "
                 "“Save again” to download it again from its link.")


class ClipKeeper(QObject):
    progressChanged = Signal(str)  # local id; read the figures with `progress(local_id)`

    def __init__(self, tasks: TaskService, downloads: DownloadService, posters: PosterMaker,
                 poster_dir: Path, auto_download: Callable[[], bool],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._tasks = tasks
        self._downloads = downloads
        self._posters = posters
        self._poster_dir = poster_dir
        self._auto = auto_download
        self._progress: dict[str, tuple[int, int]] = {}
        self._jobs = Jobs("keeping clips")
        # Stills to make, one at a time, newest first: a library of thousands must not start
        # thousands of jobs at once.
        self._wanted: list[str] = []
        self._maker: asyncio.Task | None = None
        tasks.taskChanged.connect(self._on_changed)
        downloads.progress.connect(self._on_progress)

    def start(self) -> None:
        """After the ledger is loaded: carry on with unfinished saves, fetch what was missed,
        and notice saved clips that were deleted while the app was closed."""
        self._jobs.spawn(self._start())

    async def _start(self) -> None:
        # Before any save starts: a save writes the very temporaries the sweep removes.
        await self._downloads.sweep()
        tasks = self._tasks.tasks()
        self._downloads.resume(tasks)
        await self._verify([t for t in tasks if _saved(t)])
        for task in sorted(tasks, key=lambda t: t.created_at, reverse=True):
            self._consider(task)

    def check_saved(self, task: Task) -> None:
        """A clip marked saved whose file is gone becomes a missing clip that can be fetched
        again."""
        if _saved(task):
            self._jobs.spawn(self._verify([task]))

    async def _verify(self, tasks: list[Task]) -> None:
        # One trip to a worker thread for the whole library, however many clips it holds.
        gone = await asyncio.to_thread(
            lambda: [t.local_id for t in tasks if not Path(t.file_path).is_file()])
        missing = {"download_state": DownloadState.MISSING,
                   "download_error": Downloads.tr(MISSING_FILE)}
        await self._tasks.update_many(dict.fromkeys(gone, missing))

    async def shutdown(self) -> None:
        # Posters in the making give up at once; the jobs are awaited, not cancelled, so no
        # file check or PNG write on a worker thread outlives the loop.
        self._posters.shutdown()
        await self._jobs.wait()
        await self._downloads.shutdown()

    def progress(self, local_id: str) -> tuple[int, int] | None:
        """(bytes done, bytes in all or -1) of a download under way."""
        return self._progress.get(local_id)

    def save_now(self, task: Task) -> None:
        """The user asks for this clip now (auto-download off, after a failure, or instead of
        waiting for the next try)."""
        if task.download_state is not DownloadState.SAVED:
            self._downloads.save_now(task)

    def cancel(self, local_id: str) -> None:
        self._downloads.cancel(local_id)

    def _on_changed(self, task: Task, _fields: frozenset[str]) -> None:
        self._consider(task)

    def _consider(self, task: Task) -> None:
        if task.download_state is not DownloadState.DOWNLOADING:
            self._progress.pop(task.local_id, None)
        if (task.state is TaskState.SUCCEEDED and task.download_state is DownloadState.NONE
                and task.video_url and self._auto()):
            self._downloads.enqueue(task)
        if _saved(task) and not task.poster_path and task.local_id not in self._wanted:
            self._wanted.append(task.local_id)
            if self._maker is None or self._maker.done():
                self._maker = self._jobs.spawn(self._make_posters())

    def _on_progress(self, local_id: str, done: int, total: int) -> None:
        self._progress[local_id] = (done, total)
        self.progressChanged.emit(local_id)

    async def _make_posters(self) -> None:
        while self._wanted:
            task = self._tasks.find(self._wanted[0])
            if task is not None and _saved(task) and not task.poster_path:
                target = self._poster_dir / f"{task.local_id}.png"
                poster = await self._posters.make(Path(task.file_path), target)
                if poster is not None:
                    await self._tasks.update_known(task.local_id, poster_path=str(poster.path),
                                                   clip_seconds=poster.clip_seconds)
            self._wanted.pop(0)


def _saved(task: Task) -> bool:
    return task.download_state is DownloadState.SAVED and bool(task.file_path)
