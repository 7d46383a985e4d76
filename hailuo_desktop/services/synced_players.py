"""Several clips playing as one, for comparing takes: one QMediaPlayer each, one clock.

The longest clip is the master: its position is the position of all, and whenever a follower
drifts from it by more than a couple of frames it is put back in step. Play, pause, seek and
frame steps go to every player at once; looping restarts them together when the master ends,
while a shorter clip holds its last frame.

As in `Player`, the slots are bound methods that ask `sender()`, never closures over a player.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Signal
from PySide6.QtMultimedia import QMediaMetaData, QMediaPlayer, QVideoSink
from PySide6.QtMultimediaWidgets import QVideoWidget

from .player import DEFAULT_FPS, UNAVAILABLE, sentence_for, url_for

DRIFT_MS = 80  # two frames at 24 fps: closer than this is the same picture to the eye

_Status = QMediaPlayer.MediaStatus
_State = QMediaPlayer.PlaybackState


class SyncedPlayers(QObject):
    positionChanged = Signal(int)   # ms, the master's
    durationChanged = Signal(int)   # ms, the longest clip's
    playingChanged = Signal(bool)
    ready = Signal()                # every clip is loaded (or failed)
    failed = Signal(int, str)       # which clip, one plain sentence

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._players: list[QMediaPlayer] = []
        self._sources: list[str] = []
        self._settled: set[int] = set()   # clips loaded or failed
        self._failed: set[int] = set()
        self._ready_sent = False
        self._fps = DEFAULT_FPS
        self._playing = False
        self._looping = True
        self._master = 0

    # --- state ---------------------------------------------------------------------------
    def isPlaying(self) -> bool:
        return self._playing

    def position(self) -> int:
        return self._players[self._master].position() if self._players else 0

    def positions(self) -> list[int]:
        return [player.position() for player in self._players]

    def duration(self) -> int:
        return max((player.duration() for player in self._players), default=0)

    # --- commands ------------------------------------------------------------------------
    def open(self, sources: list[str], outputs: list[QVideoWidget | QVideoSink]) -> None:
        """Load the clips, each into its own output, paused at the start."""
        self.close()
        self._sources = list(sources)
        for source, output in zip(sources, outputs, strict=True):
            player = QMediaPlayer(self)
            player.setVideoOutput(output)
            player.mediaStatusChanged.connect(self._on_status)
            player.errorOccurred.connect(self._on_error)
            player.positionChanged.connect(self._on_position)
            player.durationChanged.connect(self._on_duration)
            player.metaDataChanged.connect(self._on_metadata)
            self._players.append(player)
            if not player.isAvailable():
                self._fail(len(self._players) - 1, UNAVAILABLE)
                continue
            player.setSource(url_for(source))

    def close(self) -> None:
        players, self._players = self._players, []
        for player in players:
            player.stop()
            player.setVideoOutput(None)
            player.deleteLater()
        self._settled.clear()
        self._failed.clear()
        self._ready_sent = False
        self._set_playing(False)

    def play(self) -> None:
        if not self._players:
            return
        if self._at_end():
            self.seek(0)
        self._set_playing(True)
        position = self.position()
        for player in self._players:
            if not self._ended(player, position):
                player.play()

    def pause(self) -> None:
        self._set_playing(False)
        for player in self._players:
            player.pause()
        self.seek(self.position())   # paused frames all show the same moment

    def toggle(self) -> None:
        if self._playing:
            self.pause()
        else:
            self.play()

    def seek(self, ms: int) -> None:
        for player in self._players:
            length = player.duration()
            player.setPosition(max(0, min(int(ms), length) if length > 0 else int(ms)))

    def stepFrames(self, count: int) -> None:
        """Pause all and move by whole frames, aiming at the middle of the frame (see
        `Player.stepFrames`)."""
        if not self._players:
            return
        self._set_playing(False)
        for player in self._players:
            player.pause()
        shown = math.ceil(self.position() * self._fps / 1000 - 1e-6) - 1
        self.seek(int((max(0, shown + count) + 0.5) * 1000 / self._fps))

    def setLooping(self, looping: bool) -> None:
        self._looping = looping

    # --- internals -----------------------------------------------------------------------
    def _index(self) -> int | None:
        sender = self.sender()
        for index, player in enumerate(self._players):
            if player is sender:
                return index
        return None   # a player already closed

    def _set_playing(self, playing: bool) -> None:
        if playing != self._playing:
            self._playing = playing
            self.playingChanged.emit(playing)

    @staticmethod
    def _ended(player: QMediaPlayer, position: int) -> bool:
        length = player.duration()
        return 0 < length <= position

    def _at_end(self) -> bool:
        master = self._players[self._master]
        return master.mediaStatus() == _Status.EndOfMedia

    def _fail(self, index: int, sentence: str) -> None:
        if index not in self._failed:
            self._failed.add(index)
            self._settled.add(index)
            self.failed.emit(index, sentence)
            self._check_ready()

    def _check_ready(self) -> None:
        if not self._ready_sent and len(self._settled) == len(self._players):
            self._ready_sent = True
            self.ready.emit()

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        index = self._index()
        if index is None:
            return
        if status == _Status.LoadedMedia and index not in self._settled:
            self._settled.add(index)
            self._players[index].pause()   # shows its first frame
            self._check_ready()
        elif status == _Status.InvalidMedia:
            self._fail(index, sentence_for(QMediaPlayer.Error.FormatError, self._sources[index]))
        elif status == _Status.EndOfMedia and index == self._master and self._playing:
            if self._looping:
                self.seek(0)
                for player in self._players:
                    player.play()
            else:
                self._set_playing(False)

    def _on_error(self, error: QMediaPlayer.Error, _detail: str) -> None:
        index = self._index()
        if index is not None and error != QMediaPlayer.Error.NoError:
            self._players[index].stop()
            self._fail(index, sentence_for(error, self._sources[index]))

    def _on_duration(self, _ms: int) -> None:
        if self._index() is None:
            return
        lengths = [player.duration() for player in self._players]
        self._master = lengths.index(max(lengths))
        self.durationChanged.emit(max(lengths))

    def _on_position(self, ms: int) -> None:
        if self._index() != self._master:
            return
        self.positionChanged.emit(ms)
        if not self._playing:
            return
        for index, player in enumerate(self._players):
            if index == self._master or index in self._failed:
                continue
            if self._ended(player, ms):
                continue   # a shorter clip holds its last frame until the master loops
            if abs(player.position() - ms) > DRIFT_MS:
                player.setPosition(ms)
            if player.playbackState() != _State.PlayingState:
                player.play()

    def _on_metadata(self) -> None:
        # Takes of one shot share a frame rate: any clip's will do for stepping all.
        index = self._index()
        if index is None:
            return
        rate = self._players[index].metaData().value(QMediaMetaData.Key.VideoFrameRate)
        if isinstance(rate, int | float) and 1 <= rate <= 240:
            self._fps = float(rate)
