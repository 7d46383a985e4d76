"""Poster stills for the views, read from disk on a worker thread and kept once read.

A view asks for a poster while painting; the first ask starts the read and answers None, and
`ready` says when the picture is there, so scrolling through thousands of clips never waits
on the disk. The table's small stills and the gallery's larger ones are kept apart by size.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap

from ...services.jobs import Jobs


def _read(path: str, size: QSize) -> QImage:
    image = QImage(path)
    if image.isNull():
        return image
    return image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)


class PosterCache(QObject):
    ready = Signal(str)  # local id whose poster can now be shown

    def __init__(self, size: QSize, parent: QObject | None = None):
        super().__init__(parent)
        self._size = size
        # (path, width, height) → picture (None: unreadable, or being read)
        self._pixmaps: dict[tuple[str, int, int], QPixmap | None] = {}
        self._jobs = Jobs("reading posters")
        self._closed = False

    def get(self, local_id: str, path: str, size: QSize | None = None) -> QPixmap | None:
        size = size or self._size
        key = (path, size.width(), size.height())
        if key in self._pixmaps:
            return self._pixmaps[key]
        if not self._closed:
            self._pixmaps[key] = None  # asked once: a second paint does not read it again
            self._jobs.spawn(self._load(local_id, key, size))
        return None

    async def _load(self, local_id: str, key: tuple[str, int, int], size: QSize) -> None:
        image = await asyncio.to_thread(_read, key[0], size)
        if self._closed:
            return
        self._pixmaps[key] = None if image.isNull() else QPixmap.fromImage(image)
        if not image.isNull():
            self.ready.emit(local_id)

    async def shutdown(self) -> None:
        """Finish the reads under way: a thread's result must not reach a deleted cache."""
        self._closed = True
        await self._jobs.wait()
