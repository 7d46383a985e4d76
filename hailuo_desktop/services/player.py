"""The one place that talks to QMediaPlayer: the preview panel only sees this façade.

Each `open()` gets a fresh QMediaPlayer. Qt delivers a player's status and errors after the
fact (loading runs on a worker thread), so a player reused across clips can report the previous
clip's failure or end while the next one plays. A player per clip, whose signals are ignored
once it is no longer current, makes "the wrong clip wins" impossible by construction; creating
one costs well under a millisecond. The audio output is shared, so volume and mute carry over.

The slots are bound methods that ask `sender()`, not closures over the player: closures over a
QMediaPlayer that is later deleted with deleteLater() crashed PySide 6.11 when Qt freed it.
"""

from __future__ import annotations

import logging
import math
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaMetaData, QMediaPlayer, QVideoFrame
from PySide6.QtMultimediaWidgets import QVideoWidget

from ..domain.i18n import QT_TRANSLATE_NOOP, Context

log = logging.getLogger(__name__)

DEFAULT_FPS = 24.0

_Error = QMediaPlayer.Error
_Status = QMediaPlayer.MediaStatus
_State = QMediaPlayer.PlaybackState

PlayerText = Context("PlayerText")
# Translated where they are said (PlayerText.tr).
UNAVAILABLE = QT_TRANSLATE_NOOP(
    "PlayerText", "Video playback isn't available on this computer: Qt's multimedia support "
                  "is missing. Open the clip in your system player instead.")
_SENTENCES = {
    _Error.ResourceError: QT_TRANSLATE_NOOP(
        "PlayerText", "This clip can't be played here: the file is missing or couldn't be "
                      "read. Open it in your system player instead."),
    _Error.FormatError: QT_TRANSLATE_NOOP(
        "PlayerText", "This clip can't be played here: the file is damaged or not a video. "
                      "Open it in your system player instead."),
    _Error.NetworkError: QT_TRANSLATE_NOOP(
        "PlayerText", "This clip couldn't be streamed: the connection failed or the link has "
                      "expired. Check your connection, or open it in your system player."),
    _Error.AccessDeniedError: QT_TRANSLATE_NOOP(
        "PlayerText", "This clip can't be played here: access to it was refused. Open it in "
                      "your system player instead."),
}
_LINK_GONE = QT_TRANSLATE_NOOP(
    "PlayerText", "This clip couldn't be loaded from its link: it may have expired, or the "
                  "server refused it. Open it in your system player, or try again later.")
_UNKNOWN = QT_TRANSLATE_NOOP(
    "PlayerText", "This clip can't be played here. Open it in your system player instead.")


def is_link(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def sentence_for(error: QMediaPlayer.Error, source: str = "") -> str:
    if error == _Error.ResourceError and is_link(source):
        return PlayerText.tr(_LINK_GONE)  # "the file is missing" puzzles one who has no file
    return PlayerText.tr(_SENTENCES.get(error, _UNKNOWN))


def url_for(source: str) -> QUrl:
    """http(s) links stay links; anything else is a path on this computer."""
    if is_link(source):
        return QUrl(source)
    return QUrl.fromLocalFile(str(Path(source)))


class Player(QObject):
    positionChanged = Signal(int)   # ms
    durationChanged = Signal(int)   # ms
    playingChanged = Signal(bool)
    loaded = Signal()
    failed = Signal(str)            # one plain sentence

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._audio = QAudioOutput(self)
        self._output: QVideoWidget | None = None
        self._player: QMediaPlayer | None = None
        self._source = ""
        self._looping = False
        self._fps = DEFAULT_FPS
        self._loaded_sent = self._failed_sent = False   # each is reported once per clip
        self._available: bool | None = None  # asked on first use: loading FFmpeg takes a while

    # --- state ---------------------------------------------------------------------------
    def isAvailable(self) -> bool:
        """Whether Qt found a multimedia backend at all."""
        if self._available is None:
            self._available = QMediaPlayer().isAvailable()
        return self._available

    def source(self) -> str:
        return self._source

    def isPlaying(self) -> bool:
        return self._player is not None and self._player.playbackState() == _State.PlayingState

    def position(self) -> int:
        return self._player.position() if self._player else 0

    def duration(self) -> int:
        return self._player.duration() if self._player else 0

    def isMuted(self) -> bool:
        return self._audio.isMuted()

    def volume(self) -> float:
        return self._audio.volume()

    # --- commands ------------------------------------------------------------------------
    def setVideoOutput(self, widget: QVideoWidget) -> None:
        self._output = widget
        if self._player is not None:
            self._player.setVideoOutput(widget)

    def open(self, source: str) -> None:
        self._retire()
        self._source = source
        self._fps = DEFAULT_FPS
        self._loaded_sent = self._failed_sent = False
        if not self.isAvailable():
            self._fail(PlayerText.tr(UNAVAILABLE))
            return
        player = self._player = QMediaPlayer(self)
        player.setAudioOutput(self._audio)
        if self._output is not None:
            player.setVideoOutput(self._output)
        player.setLoops(QMediaPlayer.Loops.Infinite if self._looping else QMediaPlayer.Loops.Once)
        # Every slot ignores news from a player that is no longer the current one.
        player.mediaStatusChanged.connect(self._on_status)
        player.errorOccurred.connect(self._on_error)
        player.playbackStateChanged.connect(self._on_state)
        player.positionChanged.connect(self._on_position)
        player.durationChanged.connect(self._on_duration)
        player.metaDataChanged.connect(self._on_metadata)
        player.setSource(url_for(source))

    def close(self) -> None:
        """Stop and forget the clip; the video output keeps no picture of it."""
        self._retire()
        self._source = ""

    def play(self) -> None:
        if self._player is not None:
            self._player.play()

    def pause(self) -> None:
        if self._player is not None:
            self._player.pause()

    def toggle(self) -> None:
        if self.isPlaying():
            self.pause()
        else:
            self.play()

    def stop(self) -> None:
        if self._player is not None:
            self._player.stop()

    def seek(self, ms: int) -> None:
        if self._player is not None:
            self._player.setPosition(max(0, int(ms)))

    def stepFrames(self, count: int) -> None:
        """Pause and move by whole frames. Qt shows the frame whose span (start, end] holds the
        position, so aiming at the middle of a frame lands on it whichever way it rounds."""
        if self._player is None:
            return
        self._player.pause()
        shown = math.ceil(self._player.position() * self._fps / 1000 - 1e-6) - 1
        target = int((max(0, shown + count) + 0.5) * 1000 / self._fps)
        duration = self._player.duration()
        self._player.setPosition(min(target, duration) if duration > 0 else target)

    def setLooping(self, looping: bool) -> None:
        self._looping = looping
        if self._player is not None:
            self._player.setLoops(QMediaPlayer.Loops.Infinite if looping
                                  else QMediaPlayer.Loops.Once)

    def setMuted(self, muted: bool) -> None:
        self._audio.setMuted(muted)

    def setVolume(self, volume: float) -> None:
        self._audio.setVolume(min(1.0, max(0.0, volume)))

    # --- internals -----------------------------------------------------------------------
    def _retire(self) -> None:
        was_playing = self.isPlaying()
        old, self._player = self._player, None
        if old is None:
            return
        old.stop()
        old.setVideoOutput(None)
        old.setAudioOutput(None)
        old.deleteLater()
        if self._output is not None:
            # Otherwise the old clip's last picture shows until the next clip's first frame.
            self._output.videoSink().setVideoFrame(QVideoFrame())
        if was_playing:
            self.playingChanged.emit(False)

    def _current(self) -> QMediaPlayer | None:
        """The player that sent this signal, or None when it plays a clip we have left."""
        sender = self.sender()
        return sender if sender is not None and sender is self._player else None

    def _fail(self, sentence: str) -> None:
        if not self._failed_sent:
            self._failed_sent = True
            self.failed.emit(sentence)

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if self._current() is None:
            return
        if status == _Status.LoadedMedia and not self._loaded_sent:
            self._loaded_sent = True   # Qt repeats LoadedMedia after a seek while paused
            self.loaded.emit()
        elif status == _Status.InvalidMedia:
            # Normally errorOccurred comes first; this covers a backend that only sets status.
            self._fail(sentence_for(_Error.FormatError, self._source))

    def _on_error(self, error: QMediaPlayer.Error, detail: str) -> None:
        player = self._current()
        if player is None or error == _Error.NoError:
            return
        log.info("Could not play %s: %s (%s)", self._source, detail, error.name)
        player.stop()
        self._fail(sentence_for(error, self._source))

    def _on_state(self, state: QMediaPlayer.PlaybackState) -> None:
        if self._current() is not None:
            self.playingChanged.emit(state == _State.PlayingState)

    def _on_position(self, ms: int) -> None:
        if self._current() is not None:
            self.positionChanged.emit(ms)

    def _on_duration(self, ms: int) -> None:
        if self._current() is not None:
            self.durationChanged.emit(ms)

    def _on_metadata(self) -> None:
        player = self._current()
        if player is None:
            return
        rate = player.metaData().value(QMediaMetaData.Key.VideoFrameRate)
        if isinstance(rate, int | float) and 1 <= rate <= 240:
            self._fps = float(rate)
