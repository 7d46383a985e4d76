"""Poster frames: a small still of each saved clip, so takes can be told apart in the table.

A hidden QMediaPlayer with a QVideoSink (no widget, no audio) seeks to about half a second,
pauses, and hands over the frame it shows. The wait is an asyncio future completed from Qt's
signals. One poster at a time: decoding is cheap, but a burst of finished downloads should
not start a burst of players.
"""

from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QUrl
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink

from ..storage.paths import PRIVATE_FILE, private_dir

log = logging.getLogger(__name__)

POSTER_AT_MS = 500   # past a fade-in, still near the start
POSTER_SIZE = QSize(160, 90)


@dataclass(frozen=True)
class Poster:
    path: Path
    clip_seconds: float | None  # how long the clip plays, when the player could tell


def _save(image: QImage, path: Path) -> bool:
    """Write next to the target and rename, so a poster on disk is never half-written."""
    part = path.with_name(path.name + ".part")
    try:
        private_dir(path.parent)
        if not image.save(str(part), "PNG"):
            part.unlink(missing_ok=True)
            return False
        part.chmod(PRIVATE_FILE)  # a still of the clip is as private as the clip
        os.replace(part, path)
        return True
    except OSError:
        log.warning("Could not write the poster %s", path, exc_info=True)
        return False


class PosterMaker(QObject):
    def __init__(self, parent: QObject | None = None, *, timeout: float = 10.0):
        super().__init__(parent)
        self._timeout = timeout
        self._turn = asyncio.Lock()
        self._closed = False
        self._player: QMediaPlayer | None = None  # made for the first poster, not at start-up
        self._sink: QVideoSink | None = None
        self._found: asyncio.Future[QImage | None] | None = None
        self._seeked = False
        self._length = 0  # ms, of the clip being grabbed

    async def make(self, video_path: Path, poster_path: Path,
                   size: QSize = POSTER_SIZE) -> Poster | None:
        """The poster written; None, never an exception, when the clip gave none."""
        async with self._turn:
            if self._closed or not self._ready_player().isAvailable():
                return None
            image = await self._grab(Path(video_path))
            if image is None or self._closed:
                return None
            length = self._length
            scaled = image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation)
            if not await asyncio.to_thread(_save, scaled, Path(poster_path)):
                return None
            return Poster(Path(poster_path), length / 1000 if length > 0 else None)

    def _ready_player(self) -> QMediaPlayer:
        # One player for every poster, its slots bound methods: a player made per clip and
        # deleted later, with closures over it, crashed PySide 6.11 when Qt finally freed it.
        if self._player is None:
            self._player = QMediaPlayer(self)
            self._sink = QVideoSink(self)
            self._player.setVideoSink(self._sink)
            self._player.mediaStatusChanged.connect(self._on_status)
            self._player.errorOccurred.connect(self._on_error)
            self._sink.videoFrameChanged.connect(self._on_frame)
        return self._player

    def shutdown(self) -> None:
        """The poster being made, and any still queued, finish at once with None."""
        self._closed = True
        self._settle(None)

    async def _grab(self, video_path: Path) -> QImage | None:
        self._found = asyncio.get_running_loop().create_future()
        self._seeked = False
        self._length = 0
        self._player.setSource(QUrl.fromLocalFile(str(video_path)))
        try:
            return await asyncio.wait_for(self._found, self._timeout)
        except TimeoutError:
            log.info("No poster frame from %s within %s s", video_path, self._timeout)
            return None
        finally:
            self._found = None
            self._player.stop()
            self._player.setSource(QUrl())

    def _settle(self, image: QImage | None) -> None:
        if self._found is not None and not self._found.done():
            self._found.set_result(image)

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if self._found is None:
            return
        # Qt reports LoadedMedia again after a seek while paused: seek only once.
        if status == QMediaPlayer.MediaStatus.LoadedMedia and not self._seeked:
            self._seeked = True
            length = self._length = self._player.duration()
            self._player.setPosition(min(POSTER_AT_MS, length // 2) if length > 0 else 0)
            self._player.pause()   # a paused player still shows the frame it landed on
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._settle(None)

    def _on_error(self, error: QMediaPlayer.Error, detail: str) -> None:
        if self._found is not None and error != QMediaPlayer.Error.NoError:
            log.info("No poster: %s", detail)
            self._settle(None)

    def _on_frame(self, frame: QVideoFrame) -> None:
        # Frames before our seek may still be the previous clip's.
        if self._seeked and frame.isValid() and self._found is not None:
            image = frame.toImage()   # the frame's buffer is reused once the slot returns
            self._settle(None if image.isNull() else image)
