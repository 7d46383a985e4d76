"""Tidying the library: stars, removal from the list, the trash, and Undo.

Nothing is lost by accident. A removal is recorded in the ledger before any file moves; the
clip and its sidecar go to the system trash only afterwards (a crash between the two leaves
them where they were); Undo takes the files out of the trash first and then puts the rows back.
Every step is awaited, and file work runs on worker threads. One change at a time: a removal
and its Undo never interleave.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from ..domain.i18n import QT_TRANSLATE_NOOP, Context
from ..domain.task import DownloadState, Task
from ..storage.ledger import LedgerError
from ..storage.library import Library, LibraryError
from .jobs import Jobs
from .task_service import TaskService
from .trash import SystemTrash, Trashed, TrashError

log = logging.getLogger(__name__)

LibraryText = Context("LibraryText")
# Translated where they are said (LibraryText.tr), then the reason filled in.
LEDGER_PROBLEM = QT_TRANSLATE_NOOP(
    "LibraryText", "Nothing was removed: the task list could not be written ({reason}). Check "
                   "that the data folder is writable, then try again.")
STAR_PROBLEM = QT_TRANSLATE_NOOP(
    "LibraryText", "The star could not be saved: the task list could not be written "
                   "({reason}).")
SIDECAR_PROBLEM = QT_TRANSLATE_NOOP(
    "LibraryText", "The star is kept in the app, but the .json file beside the clip could not "
                   "be updated: {reason}")
TRASH_PROBLEM = QT_TRANSLATE_NOOP(
    "LibraryText", "Removed from the list, but {reason}; the file is still in your library "
                   "folder.")
PUT_BACK_PROBLEM = QT_TRANSLATE_NOOP(
    "LibraryText", "The videos are back in the list, but {reason}. Restore it from the system "
                   "trash, or save the video again.")
UNDO_PROBLEM = QT_TRANSLATE_NOOP(
    "LibraryText", "The videos could not be brought back: the task list could not be written "
                   "({reason}). Try Undo again in a moment.")


class Downloads(Protocol):
    """What removal needs of the clip keeper."""

    def cancel(self, local_id: str) -> None: ...
    def save_now(self, task: Task) -> None: ...
    def check_saved(self, task: Task) -> None: ...


class Trash(Protocol):
    def move(self, path: Path) -> Trashed: ...
    def put_back(self, item: Trashed) -> None: ...


@dataclass
class _Removal:
    local_ids: list[str]
    trashed: list[Trashed] = field(default_factory=list)


def _saved_clip(task: Task) -> Path | None:
    if task.download_state is DownloadState.SAVED and task.file_path:
        return Path(task.file_path)
    return None


def _rewrite_sidecars(tasks: list[Task]) -> None:
    """Blocking: each saved clip's sidecar written again from its task (a star changed)."""
    for task in tasks:
        clip = _saved_clip(task)
        if clip is not None and clip.exists():
            Library(clip.parent).write_sidecar(clip, task)


class LibraryActions(QObject):
    removed = Signal(int, int)       # videos removed from the list, files moved to the trash
    restored = Signal(list)          # local ids brought back by Undo
    undoAvailable = Signal(bool)     # whether Undo has a removal to bring back
    problem = Signal(str)            # one sentence for the status bar

    def __init__(self, tasks: TaskService, downloads: Downloads,
                 trash: Trash | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._tasks = tasks
        self._downloads = downloads
        self._trash = trash or SystemTrash()
        self._jobs = Jobs("tidying the library")
        self._turn = asyncio.Lock()
        self._undo: list[_Removal] = []
        tasks.taskChanged.connect(self._on_changed)

    def canUndo(self) -> bool:
        return bool(self._undo)

    # --- commands ------------------------------------------------------------------------
    def star(self, local_ids: list[str], starred: bool) -> None:
        self._jobs.spawn(self._star(local_ids, starred))

    def remove(self, local_ids: list[str], trash_files: bool = False) -> None:
        """Take the tasks off the list; with `trash_files`, their saved clips and sidecars go
        to the system trash afterwards."""
        self._jobs.spawn(self._remove(local_ids, trash_files))

    def undo(self) -> None:
        """Bring back the last removal, files and all."""
        self._jobs.spawn(self._undo_last())

    async def shutdown(self) -> None:
        await self._jobs.wait()

    # --- the work ------------------------------------------------------------------------
    async def _star(self, local_ids: list[str], starred: bool) -> None:
        async with self._turn:
            tasks = self._tasks
            changing = [i for i in local_ids if (t := tasks.find(i)) and t.starred is not starred]
            try:
                await tasks.update_many({i: {"starred": starred} for i in changing})
            except LedgerError as exc:
                self.problem.emit(LibraryText.tr(STAR_PROBLEM).format(reason=exc))
                return
            await self._write_sidecars([t for t in map(tasks.find, changing) if t is not None])

    async def _write_sidecars(self, tasks: list[Task]) -> None:
        try:
            await asyncio.to_thread(_rewrite_sidecars, [t for t in tasks if _saved_clip(t)])
        except LibraryError as exc:
            self.problem.emit(LibraryText.tr(SIDECAR_PROBLEM).format(reason=exc))

    async def _remove(self, local_ids: list[str], trash_files: bool) -> None:
        async with self._turn:
            try:
                gone = await self._tasks.remove(local_ids)
            except LedgerError as exc:
                self.problem.emit(LibraryText.tr(LEDGER_PROBLEM).format(reason=exc))
                return
            if not gone:
                return
            for task in gone:
                if task.download_state.is_pending:
                    self._downloads.cancel(task.local_id)
            removal = _Removal([task.local_id for task in gone])
            self._undo.append(removal)
            self.undoAvailable.emit(True)
            clips = [clip for clip in map(_saved_clip, gone) if clip] if trash_files else []
            problem = await asyncio.to_thread(self._move_to_trash, clips, removal.trashed)
            self.removed.emit(len(gone), len(removal.trashed))
            if problem:
                self.problem.emit(LibraryText.tr(TRASH_PROBLEM).format(reason=problem))

    def _move_to_trash(self, clips: list[Path], trashed: list[Trashed]) -> str | None:
        """Blocking. Each clip, then its sidecar; the first trouble stops the rest."""
        library = None
        for clip in clips:
            library = Library(clip.parent)
            for path in (clip, library.sidecar_path(clip)):
                if not path.exists():
                    continue
                try:
                    trashed.append(self._trash.move(path))
                except TrashError as exc:
                    log.warning("not moved to the trash: %s", exc)
                    return str(exc)
        return None

    async def _undo_last(self) -> None:
        async with self._turn:
            if not self._undo:
                return
            removal = self._undo[-1]
            # The files first: a row that comes back finds its clip where it was.
            problem = await asyncio.to_thread(self._put_back, removal.trashed)
            try:
                back = await self._tasks.restore(removal.local_ids)
            except LedgerError as exc:
                self.problem.emit(LibraryText.tr(UNDO_PROBLEM).format(reason=exc))
                return
            self._undo.pop()
            self.undoAvailable.emit(bool(self._undo))
            for task in back:
                if task.download_state.is_pending:
                    self._downloads.save_now(task)
                elif problem:
                    self._downloads.check_saved(task)
            self.restored.emit([task.local_id for task in back])
            if problem:
                self.problem.emit(LibraryText.tr(PUT_BACK_PROBLEM).format(reason=problem))

    def _put_back(self, trashed: list[Trashed]) -> str | None:
        problem = None
        for item in trashed:
            try:
                self._trash.put_back(item)
            except TrashError as exc:
                log.warning("not taken out of the trash: %s", exc)
                problem = problem or str(exc)
        return problem

    # --- news ----------------------------------------------------------------------------
    def _on_changed(self, task: Task, fields: frozenset[str]) -> None:
        # A clip starred while it was downloading got a sidecar written from the task as it
        # was when the download began: write it again now that the clip is in place.
        if "download_state" in fields and task.starred and _saved_clip(task):
            self._jobs.spawn(self._write_sidecars([task]))
