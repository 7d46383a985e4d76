"""The library folder: where finished clips and their sidecars end up, and how they get there.

Bytes arrive in ``<name>.mp4.part``; only a complete, checked file is renamed to ``<name>.mp4``,
so the library never shows a half-written video. Everything here is blocking file I/O: the
download service calls it from a worker thread.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import tempfile
from datetime import datetime
from pathlib import Path

import platformdirs

from ..domain import naming
from ..domain.i18n import Context
from ..domain.task import Task
from ..domain.version import app_version
from .paths import APP_NAME, PRIVATE_DIR, PRIVATE_FILE

LIBRARY_ENV = "HAILUO_DESKTOP_LIBRARY_DIR"
DEMO_FOLDER = "Demo"  # inside the library: the demo's test patterns, apart from paid clips
SIDECAR_FORMAT = 1
TEMPORARY_SUFFIX = ".json.tmp"

LibraryFolder = Context("LibraryFolder")


class LibraryError(Exception):
    """A library problem, as one sentence for the user (str(error))."""


class NotAVideoError(LibraryError):
    pass


class IncompleteError(LibraryError):
    pass


def default_library_dir() -> Path:
    value = os.environ.get(LIBRARY_ENV, "").strip()
    if value:
        return Path(value).expanduser()
    return platformdirs.user_videos_path() / APP_NAME


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return LibraryFolder.tr("the disk is full")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return LibraryFolder.tr("permission denied")
    if exc.errno == errno.EROFS:
        return LibraryFolder.tr("the disk is read-only")
    return (exc.strerror or str(exc)).rstrip(".").lower()


def _iso(timestamp: float | None) -> str | None:
    if timestamp is None:
        return None
    return datetime.fromtimestamp(timestamp).astimezone().isoformat(timespec="seconds")


def library_dir_problem(folder: Path) -> str | None:
    """Whether clips can be saved in `folder`. Blocking file I/O: call it from a worker thread.

    A folder that does not exist yet is fine when it can be made; it is not made here (this
    runs while the user types), the nearest existing parent is tried instead.
    """
    try:
        target = folder
        while not target.exists():
            if target.parent == target:
                return LibraryFolder.tr("This folder cannot be found on this computer.")
            target = target.parent
        if not target.is_dir():
            return LibraryFolder.tr("“{name}” is a file, not a folder. Choose another "
                                    "folder.").format(name=target.name)
        with tempfile.TemporaryFile(dir=target, prefix=".hailuo-write-test-"):
            pass
    except OSError as exc:
        return LibraryFolder.tr("Videos can't be saved in this folder ({error}). Choose "
                                "another.").format(error=exc.strerror or exc)
    return None


class Library:
    """The clips of one library folder. A save goes: `reserve` a name (its empty ``.part``
    claims it), fill the part, `verify` it, `write_sidecar`, `place` the clip under its name.
    Clips and sidecars are private to the user (0600): names and sidecars carry the prompt."""

    def __init__(self, root: Path, *, demo: bool = False):
        self.root = Path(os.path.abspath(Path(root).expanduser()))
        self.demo = demo  # its sidecars say so

    def _unwritable(self, exc: OSError) -> LibraryError:
        return LibraryError(LibraryFolder.tr(
            "The library folder {folder} can't be written: {reason}. Choose another folder in "
            "Settings.").format(folder=self.root, reason=_reason(exc)))

    def ensure_writable(self) -> None:
        try:
            if not self.root.is_dir():
                self.root.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
            with tempfile.TemporaryFile(dir=self.root, prefix=".write-test-"):
                pass
        except OSError as exc:
            raise self._unwritable(exc) from exc

    def reserve(self, task: Task) -> Path:
        """A free final path for the task's clip, claimed by creating its empty ``.part``. The
        name the ledger already recorded for the task is kept when it is still free, so a
        save that starts over never leaves a second copy under another name."""
        recorded = Path(task.file_path) if task.file_path else None
        if recorded is not None and self.owns(recorded) and self._claim(recorded):
            return recorded
        while True:
            final = self.free_name(task)
            if self._claim(final):
                return final

    def free_name(self, task: Task) -> Path:
        """The task's clip name, numbered when taken. Not claimed: see `reserve`."""
        return naming.unique_path(self.root, naming.video_file_name(
            task.created_at, task.request.prompt, task.task_id or task.local_id))

    def _claim(self, final: Path) -> bool:
        if final.exists() or self.sidecar_path(final).exists():
            return False
        try:
            # O_EXCL: two downloads that picked the same free name cannot both get it.
            os.close(os.open(self.part_path(final), os.O_WRONLY | os.O_CREAT | os.O_EXCL,
                             PRIVATE_FILE))
        except FileExistsError:
            return False
        except OSError as exc:
            raise self._unwritable(exc) from exc
        return True

    def part_path(self, final: Path) -> Path:
        return final.with_name(naming.part_name(final.name))

    def sidecar_path(self, final: Path) -> Path:
        return final.with_name(naming.sidecar_name(final.name))

    def _sidecar_temporary(self, final: Path) -> Path:
        # One fixed name per clip: a crash mid-write leaves at most this, and `sweep` finds it.
        return final.with_name(f".{naming.sidecar_name(final.name)}{TEMPORARY_SUFFIX}")

    def owns(self, final: Path) -> bool:
        """Whether `final` (from the ledger, say) is a clip name directly inside this library."""
        return (Path(os.path.abspath(final)).parent == self.root
                and final.suffix == ".mp4" and naming.is_safe_name(final.name))

    def verify(self, part: Path, expected_length: int | None) -> None:
        """Check that the finished ``.part`` is the whole clip, and flush it to disk. A bad
        part is deleted (the next attempt starts afresh)."""
        try:
            size = part.stat().st_size
            with part.open("rb+") as handle:
                head = handle.read(8)
                os.fsync(handle.fileno())  # the bytes are on disk before the name says "done"
        except FileNotFoundError as exc:
            raise IncompleteError(LibraryFolder.tr(
                "The partly downloaded file disappeared before it was complete. Retry the "
                "download.")) from exc
        except OSError as exc:
            raise self._unwritable(exc) from exc
        problem: LibraryError | None = None
        if expected_length is not None and size != expected_length:
            problem = IncompleteError(LibraryFolder.tr(
                "The download stopped early ({size} of {expected} bytes). Retry the "
                "download.").format(size=size, expected=expected_length))
        elif not _is_mp4(head):
            problem = NotAVideoError(LibraryFolder.tr(
                "The server sent something that is not an MP4 video, so it was not saved. "
                "Retry later, or open the link in a browser."))
        if problem is not None:
            self.discard(part)
            raise problem

    def place(self, part: Path, final: Path) -> None:
        """Give the verified clip its name, durably (the folder's entry is flushed too)."""
        try:
            os.replace(part, final)
            _fsync_folder(self.root)
        except OSError as exc:
            raise self._unwritable(exc) from exc

    def discard(self, part: Path) -> None:
        """Best effort: a part that cannot be deleted is no reason to stop (and never a clip)."""
        with contextlib.suppress(OSError):
            part.unlink()

    def write_sidecar(self, final: Path, task: Task) -> Path:
        """Where the clip came from, beside it as JSON; written whole or not at all."""
        record = {
            "format": SIDECAR_FORMAT,
            "file": final.name,
            "prompt": task.request.prompt,
            "model": task.request.model,
            "first_image_url": task.request.first_image_url,
            # A picture from this computer: its own name (first_image_url is its upload).
            "first_frame_name": task.first_frame_name,
            # The clip whose frame this one starts on, by the local id its own sidecar has.
            "continues_from": task.continues_from,
            "local_id": task.local_id,
            "task_id": task.task_id,
            "trace_id": task.trace_id,
            "created_at": _iso(task.created_at),
            "created_at_unix": task.created_at,
            "finished_at": _iso(task.finished_at),
            "finished_at_unix": task.finished_at,
            "video_url": task.video_url,
            "starred": task.starred,
            "app": APP_NAME,
            "app_version": app_version(),
        }
        if self.demo:
            record["demo"] = True  # a test pattern from the built-in simulator
        target = self.sidecar_path(final)
        temporary = self._sidecar_temporary(final)
        data = json.dumps(record, indent=2, ensure_ascii=False).encode("utf-8")
        try:
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
            with os.fdopen(fd, "wb") as handle:
                os.fchmod(handle.fileno(), PRIVATE_FILE)  # an older temporary kept its mode
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, target)
        except OSError as exc:
            self.discard(temporary)
            raise self._unwritable(exc) from exc
        return target

    def sidecar_task_id(self, final: Path) -> str | None:
        """The task id a clip's sidecar names; None without a readable sidecar."""
        try:
            record = json.loads(self.sidecar_path(final).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        task_id = record.get("task_id") if isinstance(record, dict) else None
        return task_id if isinstance(task_id, str) else None

    def is_clip_of(self, final: Path, task: Task) -> bool:
        """Whether `final` is a finished clip of `task`: an MP4 whose sidecar, if it has one,
        names the task."""
        try:
            with final.open("rb") as handle:
                if not _is_mp4(handle.read(8)):
                    return False
        except OSError:
            return False
        named = self.sidecar_task_id(final)
        return named is None or named == task.task_id

    def find_saved(self, task: Task) -> Path | None:
        """The task's clip if an earlier run already gave it its name: the app may have died
        between the rename and the ledger recording it. Adopting it is what keeps a clip from
        being downloaded twice."""
        if task.file_path:
            recorded = Path(task.file_path)
            if self.owns(recorded) and self.is_clip_of(recorded, task):
                return recorded
        if not task.task_id:
            return None
        candidates = [clip for clip in self._named_for(task, ".mp4")
                      if self.is_clip_of(clip, task)]
        # A sidecar that names the task beats a name that merely carries its short id.
        candidates.sort(key=lambda clip: self.sidecar_task_id(clip) != task.task_id)
        return candidates[0] if candidates else None

    def _named_for(self, task: Task, suffix: str) -> list[Path]:
        """Files in the library whose clip name carries the task's short id."""
        assert task.task_id
        # The short id ends the stem, before any "-2" that unique_path added.
        marker = re.compile(rf"_{naming.short_id(task.task_id)}(-\d+)?$")
        try:
            found = sorted(self.root.glob(f"*{naming.short_id(task.task_id)}*{suffix}"))
        except OSError:
            return []
        return [path for path in found
                if marker.search(path.name.removesuffix(suffix).removesuffix(".mp4"))]

    def resumable(self, task: Task) -> Path | None:
        """The final path whose ``.part`` holds an earlier run's bytes of this task's clip.

        The ledger's `file_path` says where, unless the app died before recording it: then a
        leftover part carrying the task's short id in its name is adopted.
        """
        if task.file_path:
            final = Path(task.file_path)
            if self.owns(final) and self.part_path(final).is_file():
                return final
        if not task.task_id:
            return None
        for part in self._named_for(task, naming.PART_SUFFIX):
            final = part.with_name(part.name.removesuffix(naming.PART_SUFFIX))
            if self.owns(final):
                return final
        return None

    def sweep(self) -> None:
        """Remove the sidecar temporaries an interrupted write left (never a clip or a part)."""
        try:
            leftovers = list(self.root.glob(f".*{TEMPORARY_SUFFIX}"))
        except OSError:
            return
        for leftover in leftovers:
            self.discard(leftover)


def _is_mp4(head: bytes) -> bool:
    return len(head) >= 8 and head[4:8] == b"ftyp"


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not every platform opens folders (Windows): the rename itself still stands
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
