"""The system trash: where a removed clip and its sidecar go when the user asks, and where Undo
takes them back from. Never a hard delete. Blocking file work: call from a worker thread.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QFile, QStandardPaths

from ..domain.i18n import Context

_DATA = QStandardPaths.StandardLocation.GenericDataLocation

Trash = Context("Trash")


class TrashError(Exception):
    """Why a file could not go to (or come back from) the trash, as one sentence."""


@dataclass(frozen=True)
class Trashed:
    original: str   # where the file was
    in_trash: str   # where the trash keeps it


class SystemTrash:
    def move(self, path: Path) -> Trashed:
        file = QFile(str(path))
        if not file.moveToTrash():
            # Qt makes the freedesktop trash, but not the data folder it lives in (a new
            # account may have no ~/.local/share yet).
            data = QStandardPaths.writableLocation(_DATA)
            with contextlib.suppress(OSError):
                Path(data).mkdir(mode=0o700, parents=True, exist_ok=True)
            if not file.moveToTrash():
                raise TrashError(Trash.tr("{name} could not be moved to the trash").format(
                    name=path.name))
        return Trashed(str(path), file.fileName())   # the QFile now names the trashed file

    def put_back(self, item: Trashed) -> None:
        original = Path(item.original)
        if original.exists():
            raise TrashError(Trash.tr("{name} is back in its folder already").format(
                name=original.name))
        try:
            shutil.move(item.in_trash, original)
        except OSError as exc:
            raise TrashError(Trash.tr(
                "{name} could not be taken out of the trash ({error})").format(
                    name=original.name, error=exc.strerror or exc)) from exc
        _forget_trash_info(Path(item.in_trash))


def _forget_trash_info(in_trash: Path) -> None:
    """A freedesktop trash notes each file in info/<name>.trashinfo: without the file, the note
    would list a ghost in the file manager's trash."""
    if in_trash.parent.name == "files":
        with contextlib.suppress(OSError):
            os.unlink(in_trash.parent.parent / "info" / f"{in_trash.name}.trashinfo")
