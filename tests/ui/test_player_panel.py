"""The preview panel playing real H.264 clips made in the test: frames, switches, keys, errors."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest
from clips import encode_clip, with_bar
from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QLabel, QPushButton, QSlider, QToolButton

from hailuo_desktop.services.player import Player, sentence_for, url_for
from hailuo_desktop.ui.player.player_panel import NOTHING_SELECTED, OPEN_EXTERNALLY, PlayerPanel

RED = (200, 40, 40)
BLUE = (40, 60, 210)
FPS = 24


def write_clip(path: Path, rgb: tuple[int, int, int], seconds: int = 2) -> Path:
    """A solid-colour 320×240 H.264 clip with a growing white bar, so frames differ."""
    count = seconds * FPS
    return encode_clip(path, (with_bar(rgb, index, count, bar=12) for index in range(count)),
                       fps=FPS)


@pytest.fixture(scope="module")
def clips(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("clips")
    broken = folder / "broken.mp4"
    broken.write_bytes(np.random.default_rng(7).integers(0, 256, 20_000, np.uint8).tobytes())
    return {"red": write_clip(folder / "red.mp4", RED),
            "blue": write_clip(folder / "blue.mp4", BLUE),
            "broken": broken}


class QuietFiles(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def server(clips) -> Iterator[str]:
    """The clips over loopback HTTP, as a link from the service would be."""
    handler = functools.partial(QuietFiles, directory=str(clips["red"].parent))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


@pytest.fixture
def player(qtbot):
    return Player()


@pytest.fixture
def panel(qtbot, player):
    widget = PlayerPanel(player)
    qtbot.addWidget(widget)
    widget.resize(480, 360)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()


def video(panel: PlayerPanel) -> QVideoWidget:
    return panel.findChild(QVideoWidget, "videoWidget")


def message(panel: PlayerPanel) -> QLabel:
    return panel.findChild(QLabel, "playerMessage")


def external_button(panel: PlayerPanel) -> QPushButton:
    return panel.findChild(QPushButton, "openExternallyButton")


def colour_of(frame: QVideoFrame) -> tuple[int, int, int]:
    """The picture's dominant colour: its centre, well away from the progress bar on top."""
    pixel = frame.toImage().pixelColor(160, 150)
    return pixel.red(), pixel.green(), pixel.blue()


def close_to(colour: tuple[int, int, int], expected: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 24 for a, b in zip(colour, expected, strict=True))


class FrameLog:
    """Every valid frame the panel's video widget receives, as (start µs, colour)."""

    def __init__(self, panel: PlayerPanel):
        self.frames: list[tuple[int, tuple[int, int, int]]] = []
        video(panel).videoSink().videoFrameChanged.connect(self._record)

    def _record(self, frame: QVideoFrame) -> None:
        if frame.isValid():
            self.frames.append((frame.startTime(), colour_of(frame)))

    def mark(self) -> int:
        return len(self.frames)

    def since(self, mark: int) -> list[tuple[int, tuple[int, int, int]]]:
        return self.frames[mark:]


def wait_for_colour(qtbot, log: FrameLog, rgb, mark: int = 0) -> None:
    qtbot.waitUntil(lambda: any(close_to(c, rgb) for _, c in log.since(mark)), timeout=5000)


def test_a_clip_loads_and_its_frames_reach_the_video_widget(panel, player, clips, qtbot):
    log = FrameLog(panel)
    with qtbot.waitSignal(player.loaded, timeout=5000):
        panel.showClip("A red test clip", str(clips["red"]))
    wait_for_colour(qtbot, log, RED)

    frame = video(panel).videoSink().videoFrame()
    assert frame.isValid()
    assert (frame.size().width(), frame.size().height()) == (320, 240)
    assert close_to(colour_of(frame), RED)
    assert player.duration() == 2000
    assert panel.findChild(QSlider, "seekSlider").maximum() == 2000
    qtbot.waitUntil(player.isPlaying)
    assert panel.findChild(QToolButton, "playButton").toolTip() == "Pause (Space)"
    qtbot.waitUntil(lambda: panel.findChild(QLabel, "timeLabel").text() == "0:01 / 0:02",
                    timeout=3000)


def test_switching_clips_quickly_plays_only_the_last_one(panel, player, clips, qtbot):
    log = FrameLog(panel)
    failures: list[str] = []
    player.failed.connect(failures.append)
    panel.showClip("red", str(clips["red"]))
    wait_for_colour(qtbot, log, RED)

    # Three switches in one go: the broken file's error and the red clip's frames come too late.
    panel.showClip("broken", str(clips["broken"]))
    panel.showClip("red again", str(clips["red"]))
    mark = log.mark()
    panel.showClip("blue", str(clips["blue"]))
    assert not video(panel).videoSink().videoFrame().isValid(), "no red picture lingers"
    wait_for_colour(qtbot, log, BLUE, mark)
    first_blue = next(i for i, (_, c) in enumerate(log.since(mark)) if close_to(c, BLUE))
    qtbot.waitUntil(lambda: len(log.since(mark)) > first_blue + 6, timeout=3000)

    assert all(close_to(c, BLUE) for _, c in log.since(mark)[first_blue:])
    assert close_to(colour_of(video(panel).videoSink().videoFrame()), BLUE)
    assert failures == []
    assert video(panel).isVisible() and not message(panel).isVisible()
    assert player.source() == str(clips["blue"])


def test_showing_the_same_clip_again_plays_it_from_the_start(panel, player, clips, qtbot):
    panel.showClip("red", str(clips["red"]))
    qtbot.waitUntil(player.isPlaying, timeout=5000)
    player.seek(1500)
    qtbot.waitUntil(lambda: player.position() >= 1500, timeout=3000)
    panel.showClip("red", str(clips["red"]))
    qtbot.waitUntil(player.isPlaying, timeout=5000)
    assert player.position() < 1000


def test_space_pauses_and_plays(panel, player, clips, qtbot):
    panel.showClip("red", str(clips["red"]))
    qtbot.waitUntil(player.isPlaying, timeout=5000)
    panel.setFocus()

    with qtbot.waitSignal(player.playingChanged, check_params_cb=lambda p: not p):
        qtbot.keyClick(panel, Qt.Key.Key_Space)
    paused_at = player.position()
    assert panel.findChild(QToolButton, "playButton").toolTip() == "Play (Space)"

    with qtbot.waitSignal(player.playingChanged, check_params_cb=lambda p: p):
        qtbot.keyClick(panel, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.position() > paused_at + 100, timeout=3000)


def test_period_and_comma_step_one_frame(panel, player, clips, qtbot):
    log = FrameLog(panel)
    panel.showClip("red", str(clips["red"]))
    qtbot.waitUntil(player.isPlaying, timeout=5000)
    panel.setFocus()
    qtbot.keyClick(panel, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not player.isPlaying())

    def frame_index() -> int:
        return round(log.frames[-1][0] * FPS / 1_000_000) if log.frames else -1

    player.seek(1000)   # Qt shows frame 23 or 24 here: the boundary is exactly 1 s
    qtbot.waitUntil(lambda: 23 <= frame_index() <= 24, timeout=3000)
    start = frame_index()
    for key, expected in ((Qt.Key.Key_Period, start + 1), (Qt.Key.Key_Period, start + 2),
                          (Qt.Key.Key_Comma, start + 1)):
        qtbot.keyClick(panel, key)
        qtbot.waitUntil(lambda expected=expected: frame_index() == expected, timeout=3000)
        assert not player.isPlaying()


def test_stepping_while_playing_pauses_first(panel, player, clips, qtbot):
    panel.showClip("red", str(clips["red"]))
    qtbot.waitUntil(player.isPlaying, timeout=5000)
    qtbot.mouseClick(panel.findChild(QToolButton, "frameForwardButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not player.isPlaying())


def test_f_toggles_full_screen_and_escape_leaves_it(panel, qtbot, clips):
    panel.showClip("red", str(clips["red"]))
    panel.setFocus()
    qtbot.keyClick(panel, Qt.Key.Key_F)
    qtbot.waitUntil(panel.isFullScreen)
    assert panel.windowTitle() == "red"

    qtbot.keyClick(panel, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not panel.isFullScreen())
    qtbot.keyClick(panel, Qt.Key.Key_F)
    qtbot.waitUntil(panel.isFullScreen)
    qtbot.keyClick(panel, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: not panel.isFullScreen())


def test_full_screen_returns_the_panel_to_its_place(qtbot, clips):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    embedded = PlayerPanel(Player(window), parent=window)
    QVBoxLayout(window).addWidget(embedded)
    window.resize(500, 400)
    window.show()
    qtbot.waitExposed(window)

    embedded.setFullScreen(True)
    qtbot.waitUntil(embedded.isFullScreen)
    assert embedded.isWindow()
    embedded.setFullScreen(False)
    qtbot.waitUntil(lambda: not embedded.isFullScreen())
    assert not embedded.isWindow() and embedded.parentWidget() is window
    assert embedded.isVisible() and embedded.width() > 400
    embedded.shutdown()


def test_loop_starts_the_clip_again_at_its_end(panel, player, clips, qtbot):
    assert panel.findChild(QToolButton, "loopButton").isChecked(), "short takes loop by default"
    panel.showClip("red", str(clips["red"]))
    qtbot.waitUntil(player.isPlaying, timeout=5000)
    player.seek(1700)
    qtbot.waitUntil(lambda: player.position() >= 1700, timeout=3000)
    qtbot.waitUntil(lambda: 0 < player.position() < 600, timeout=3000)
    assert player.isPlaying()


def test_without_loop_the_clip_stops_at_its_end(panel, player, clips, qtbot):
    qtbot.mouseClick(panel.findChild(QToolButton, "loopButton"), Qt.MouseButton.LeftButton)
    panel.showClip("red", str(clips["red"]))
    qtbot.waitUntil(player.isPlaying, timeout=5000)
    player.seek(1700)
    with qtbot.waitSignal(player.playingChanged, check_params_cb=lambda p: not p, timeout=3000):
        pass


def test_a_broken_file_says_why_and_offers_the_system_player(panel, player, clips, qtbot,
                                                              opened_urls):
    with qtbot.waitSignal(player.failed, timeout=5000):
        panel.showClip("broken", str(clips["broken"]))
    assert message(panel).isVisible() and not video(panel).isVisible()
    assert message(panel).text() == (
        "This clip can't be played here: the file is damaged or not a video. "
        "Open it in your system player instead.")
    assert message(panel).text() == sentence_for(QMediaPlayer.Error.FormatError)
    button = external_button(panel)
    assert button.isVisible() and button.text() == OPEN_EXTERNALLY
    assert not panel.findChild(QToolButton, "playButton").isEnabled()

    with qtbot.waitSignal(panel.openExternallyRequested) as asked:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked.args == [str(clips["broken"])]
    assert [u.toLocalFile() for u in opened_urls] == [str(clips["broken"])]


def test_a_missing_file_says_so(panel, player, tmp_path, qtbot):
    with qtbot.waitSignal(player.failed, timeout=5000):
        panel.showClip("gone", str(tmp_path / "gone.mp4"))
    assert "missing or couldn't be read" in message(panel).text()
    assert external_button(panel).isVisible()


def test_a_message_is_plain_text_and_stops_playback(panel, player, clips, qtbot):
    panel.showClip("red", str(clips["red"]))
    qtbot.waitUntil(player.isPlaying, timeout=5000)
    with qtbot.waitSignal(player.playingChanged, check_params_cb=lambda p: not p):
        panel.showMessage("This video failed: <b>prompt</b> & more")
    assert message(panel).text() == "This video failed: <b>prompt</b> & more"
    assert message(panel).textFormat() == Qt.TextFormat.PlainText
    assert message(panel).isVisible() and not video(panel).isVisible()
    assert not external_button(panel).isVisible()
    assert player.source() == ""

    panel.clear()
    assert message(panel).text() == NOTHING_SELECTED


def test_mute_and_volume_are_reported_and_kept_across_clips(panel, player, clips, qtbot):
    muted: list[bool] = []
    volumes: list[float] = []
    panel.mutedChanged.connect(muted.append)
    panel.volumeChanged.connect(volumes.append)

    panel.setVolume(0.3)
    panel.setMuted(False)
    assert (player.volume(), player.isMuted()) == (pytest.approx(0.3), False)
    assert muted == [] and volumes == [], "restoring settings is not a user change"

    qtbot.mouseClick(panel.findChild(QToolButton, "muteButton"), Qt.MouseButton.LeftButton)
    slider = panel.findChild(QSlider, "volumeSlider")
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_End)
    assert muted == [True] and volumes == [1.0]

    panel.showClip("red", str(clips["red"]))
    qtbot.waitUntil(player.isPlaying, timeout=5000)
    panel.showClip("blue", str(clips["blue"]))
    qtbot.waitUntil(player.isPlaying, timeout=5000)
    assert player.isMuted() and player.volume() == pytest.approx(1.0)
    assert panel.findChild(QToolButton, "muteButton").toolTip() == "Unmute"


def test_a_link_plays_while_it_streams(panel, player, server, qtbot):
    log = FrameLog(panel)
    panel.showClip("blue, streamed", f"{server}/blue.mp4")
    wait_for_colour(qtbot, log, BLUE)
    assert player.duration() == 2000


def test_a_dead_link_says_so_in_words_that_fit_a_link(panel, player, server, qtbot):
    with qtbot.waitSignal(player.failed, timeout=5000) as failed:
        panel.showClip("gone", f"{server}/expired.mp4")
    assert failed.args == [sentence_for(QMediaPlayer.Error.ResourceError, f"{server}/x.mp4")]
    assert message(panel).text().startswith("This clip couldn't be loaded from its link")
    assert external_button(panel).isVisible()


def test_every_playback_error_reads_as_its_own_sentence():
    errors = [QMediaPlayer.Error.ResourceError, QMediaPlayer.Error.FormatError,
              QMediaPlayer.Error.NetworkError, QMediaPlayer.Error.AccessDeniedError]
    sentences = [sentence_for(error) for error in errors]
    assert len(set(sentences)) == len(errors)
    for sentence in sentences:
        assert sentence.startswith("This clip") and sentence.endswith(".")
        assert "system player" in sentence


@pytest.mark.parametrize("source", ["/tmp/a clip #1.mp4", "relative/clip.mp4"])
def test_paths_become_file_urls(source):
    url = url_for(source)
    assert url.isLocalFile() and url.toLocalFile() == str(Path(source))


def test_links_stay_links():
    assert url_for("https://cdn.example/v/1.mp4?sig=a%2Bb").toString() == (
        "https://cdn.example/v/1.mp4?sig=a%2Bb")
