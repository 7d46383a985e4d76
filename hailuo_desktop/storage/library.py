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
from importlib import metadata
from pathlib import Path

import platformdirs

from ..domain import naming
from ..domain.task import Task
from .paths import APP_NAME

LIBRARY_ENV = "HAILUO_DESKTOP_LIBRARY_DIR"
SIDECAR_FORMAT = 1


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


def app_version() -> str:
    try:
        return metadata.version("hailuo-desktop")
    except metadata.PackageNotFoundError:
        return "unknown"


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    return (exc.strerror or str(exc)).rstrip(".").lower()


def _iso(timestamp: float | None) -> str | None:
    if timestamp is None:
        return None
    return datetime.fromtimestamp(timestamp).astimezone().isoformat(timespec="seconds")


class Library:
    def __init__(self, root: Path):
        self.root = Path(os.path.abspath(Path(root).expanduser()))

    def _unwritable(self, exc: OSError) -> LibraryError:
        return LibraryError(f"The library folder {self.root} can't be written: {_reason(exc)}. "
                            "Choose another folder in Settings.")

    def ensure_writable(self) -> None:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=self.root, prefix=".write-test-"):
                pass
        except OSError as exc:
            raise self._unwritable(exc) from exc

    def reserve(self, task: Task) -> Path:
        """A free final path for the task's clip, claimed by creating its empty ``.part``."""
        name = naming.video_file_name(task.created_at, task.request.prompt,
                                      task.task_id or task.local_id)
        while True:
            final = naming.unique_path(self.root, name)
            try:
                # O_EXCL: two downloads that picked the same free name cannot both get it.
                os.close(os.open(self.part_path(final), os.O_WRONLY | os.O_CREAT | os.O_EXCL,
                                 0o644))
            except FileExistsError:
                continue
            except OSError as exc:
                raise self._unwritable(exc) from exc
            return final

    def part_path(self, final: Path) -> Path:
        return final.with_name(naming.part_name(final.name))

    def sidecar_path(self, final: Path) -> Path:
        return final.with_name(naming.sidecar_name(final.name))

    def owns(self, final: Path) -> bool:
        """Whether `final` (from the ledger, say) is a clip name directly inside this library."""
        return (Path(os.path.abspath(final)).parent == self.root
                and final.suffix == ".mp4" and naming.is_safe_name(final.name))

    def finalize(self, part: Path, final: Path, expected_length: int | None) -> Path:
        """Check the finished ``.part`` and rename it into the library; returns the clip's path
        (another free name if `final` was taken meanwhile). A bad part is deleted."""
        try:
            size = part.stat().st_size
            with part.open("rb+") as handle:
                head = handle.read(8)
                os.fsync(handle.fileno())  # the bytes are on disk before the name says "done"
        except FileNotFoundError as exc:
            raise IncompleteError("The partly downloaded file disappeared before it was "
                                  "complete. Retry the download.") from exc
        except OSError as exc:
            raise self._unwritable(exc) from exc
        problem: LibraryError | None = None
        if expected_length is not None and size != expected_length:
            problem = IncompleteError(
                f"The download stopped early ({size} of {expected_length} bytes). "
                "Retry the download.")
        elif len(head) < 8 or head[4:8] != b"ftyp":
            problem = NotAVideoError(
                "The server sent something that is not an MP4 video, so it was not saved. "
                "Retry later, or open the link in a browser.")
        if problem is not None:
            self.discard(part)
            raise problem
        if final.exists():
            final = naming.unique_path(self.root, final.name)
        try:
            os.replace(part, final)
        except OSError as exc:
            raise self._unwritable(exc) from exc
        return final

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
            "task_id": task.task_id,
            "trace_id": task.trace_id,
            "created_at": _iso(task.created_at),
            "created_at_unix": task.created_at,
            "finished_at": _iso(task.finished_at),
            "finished_at_unix": task.finished_at,
            "video_url": task.video_url,
            "app": APP_NAME,
            "app_version": app_version(),
        }
        target = self.sidecar_path(final)
        data = json.dumps(record, indent=2, ensure_ascii=False).encode("utf-8")
        temporary: Path | None = None
        try:
            with tempfile.NamedTemporaryFile(dir=self.root, prefix=".", suffix=".json.tmp",
                                             delete=False) as handle:
                temporary = Path(handle.name)
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, target)
        except OSError as exc:
            if temporary is not None:
                self.discard(temporary)
            raise self._unwritable(exc) from exc
        return target

    def leftover_parts(self) -> list[Path]:
        """``.part`` files an earlier run left behind (a crash or a quit mid-download)."""
        try:
            return sorted(p for p in self.root.glob("*" + naming.PART_SUFFIX) if p.is_file())
        except OSError:
            return []

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
        # The short id ends the stem, before any "-2" that unique_path added.
        marker = re.compile(rf"_{naming.short_id(task.task_id)}(-\d+)?$")
        for part in self.leftover_parts():
            final = part.with_name(part.name.removesuffix(naming.PART_SUFFIX))
            if marker.search(final.stem) and self.owns(final):
                return final
        return None
