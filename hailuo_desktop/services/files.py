"""File work the user asks for, always off the UI thread: copying a clip somewhere, checking a
folder chosen for the library, writing an export."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

from ..domain.i18n import Context
from ..storage.library import library_dir_problem

Files = Context("Files")

# The folder's problem (or None), and whether it exists already.
FolderCheck = tuple[str | None, bool]


def _try_folder(folder: Path) -> FolderCheck:
    return library_dir_problem(folder), folder.is_dir()


async def check_library_folder(folder: Path) -> FolderCheck:
    return await asyncio.to_thread(_try_folder, folder)


async def copy_clip(source: str, destination: str) -> str:
    """Copy a saved clip; returns the sentence for the status bar, success or not."""
    try:
        await asyncio.to_thread(shutil.copy2, source, destination)
    except OSError as exc:
        return Files.tr("The copy could not be saved: {error}. Choose another folder and try "
                        "again.").format(error=exc.strerror or exc)
    return Files.tr("Saved a copy as {path}.").format(path=destination)


def _write(destination: str, text: str) -> None:
    with open(destination, "w", encoding="utf-8", newline="") as out:
        out.write(text)


async def write_text(destination: str, text: str) -> tuple[str, bool]:
    """Write an export the user asked for; the sentence for the user, and whether it worked."""
    try:
        await asyncio.to_thread(_write, destination, text)
    except OSError as exc:
        return Files.tr("The file could not be saved: {error}. Choose another folder and try "
                        "again.").format(error=exc.strerror or exc), False
    return Files.tr("Saved {path}.").format(path=destination), True
