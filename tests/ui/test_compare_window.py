"""Comparing takes: real H.264 clips made in the test, one player each, kept in step by one set
of controls; frames are read from each picture's video sink."""

from __future__ import annotations

import math
import time
from pathlib import Path

import pytest
from clips import encode_clip, with_bar
from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QLabel

from hailuo_desktop.domain.task import DownloadState, GenerationRequest, Task, TaskState
from hailuo_desktop.services.synced_players import SyncedPlayers
from hailuo_desktop.ui.compare.compare_window import CompareWindow

FPS = 24
FRAMES = 48
COLOURS = {"red": (200, 40, 40), "green": (40, 170, 60), "blue": (40, 60, 210)}


def write_clip(path: Path, rgb: tuple[int, int, int], frames: int = FRAMES) -> Path:
    """A solid-colour clip whose white bar along the top is as long as the frame's number."""
    return encode_clip(path, (with_bar(rgb, index, frames, bar=16) for index in range(frames)),
                       fps=FPS)


@pytest.fixture(scope="module")
def clips(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("takes")
    made = {name: write_clip(folder / f"{name}.mp4", rgb) for name, rgb in COLOURS.items()}
    made["short"] = write_clip(folder / "short.mp4", (120, 120, 120), frames=24)
    return made


def take(name: str, path: Path, number: int) -> Task:
    return Task(GenerationRequest("minimax-t2v", "A lighthouse as the storm rolls in"),
                created_at=time.time(), local_id=name, state=TaskState.SUCCEEDED,
                download_state=DownloadState.SAVED, file_path=str(path), group_id="shot",
                take_number=number)


@pytest.fixture
def compare(qtbot, clips):
    def open_window(names=("red", "green", "blue")) -> CompareWindow:
        tasks = [take(name, clips.get(name, clips["red"].with_name(f"{name}.mp4")), number)
                 for number, name in enumerate(names, 1)]
        window = CompareWindow(SyncedPlayers(), tasks, [f"Take {n} of {len(names)}" for n in
                                                        range(1, len(names) + 1)])
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window
    return open_window


def frame_number(pane) -> int | None:
    """Which frame a pane shows, read from the length of its white bar."""
    frame = pane.video.videoSink().videoFrame()
    if not frame.isValid():
        return None
    image = frame.toImage()
    row = 6 * image.height() // 240
    white = sum(image.pixelColor(x, row).lightness() > 200 for x in range(image.width()))
    return round(white * FRAMES / image.width()) - 1


def centre(pane) -> str:
    image = pane.video.videoSink().videoFrame().toImage()
    colour = image.pixelColor(image.width() // 2, image.height() // 2)
    return max(COLOURS, key=lambda name: -sum(abs(a - b) for a, b in zip(
        (colour.red(), colour.green(), colour.blue()), COLOURS[name], strict=True)))


def all_showing(window) -> bool:
    return all(frame_number(pane) is not None for pane in window.panes)


def test_three_takes_play_side_by_side_each_its_own_clip(compare, qtbot):
    window = compare()
    qtbot.waitUntil(lambda: all_showing(window), timeout=10000)
    assert [centre(pane) for pane in window.panes] == ["red", "green", "blue"]
    qtbot.waitUntil(window.players.isPlaying, timeout=5000)
    assert window.playButton.toolTip() == "Pause all (Space)"
    texts = [pane.findChild(type(pane._caption)).text() for pane in window.panes]
    assert texts[1].startswith("Take 2 of 3 · Text → Video · A lighthouse")
    start = window.players.position()
    qtbot.waitUntil(lambda: window.players.position() > start + 200, timeout=5000)


def test_one_pause_seek_and_frame_step_for_all(compare, qtbot):
    window = compare()
    players = window.players
    qtbot.waitUntil(players.isPlaying, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not players.isPlaying()
    qtbot.waitUntil(lambda: len(set(players.positions())) == 1, timeout=5000)

    slider = window.seekSlider
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton,
                     pos=slider.rect().center())   # the middle of the clips
    qtbot.waitUntil(lambda: all(abs(p - 1000) < 120 for p in players.positions()),
                    timeout=5000)
    assert len(set(players.positions())) == 1
    # The frame whose time span holds the position: the same one in every clip.
    before = math.ceil(players.position() * FPS / 1000 - 1e-6) - 1
    qtbot.waitUntil(lambda: {frame_number(p) for p in window.panes} == {before}, timeout=5000)

    qtbot.keyClick(window, Qt.Key.Key_Period)
    qtbot.waitUntil(lambda: {frame_number(p) for p in window.panes} == {before + 1},
                    timeout=5000)
    qtbot.mouseClick(window.backButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.backButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: {frame_number(p) for p in window.panes} == {before - 1},
                    timeout=5000)
    assert not players.isPlaying()


def test_playing_keeps_the_clips_in_step(compare, qtbot):
    window = compare()
    players = window.players
    qtbot.waitUntil(players.isPlaying, timeout=10000)
    # A follower knocked out of step is put back by the master clock.
    players.findChildren(QMediaPlayer)[2].setPosition(1500)
    qtbot.waitUntil(lambda: max(players.positions()) - min(players.positions()) < 250,
                    timeout=5000)
    qtbot.mouseClick(window.playButton, Qt.MouseButton.LeftButton)
    assert not players.isPlaying()
    qtbot.waitUntil(lambda: len(set(players.positions())) == 1, timeout=5000)


def test_a_shorter_clip_holds_while_the_longest_sets_the_length(compare, qtbot):
    window = compare(("red", "short"))
    players = window.players
    qtbot.waitUntil(lambda: players.duration() > 1900, timeout=10000)
    assert window.seekSlider.maximum() == players.duration()
    players.pause()
    players.seek(1800)
    qtbot.waitUntil(lambda: players.positions()[0] > 1700, timeout=5000)
    assert players.positions()[1] <= 1000


def test_the_keeper_is_starred_from_the_compare_window(compare, qtbot):
    window = compare()
    stars = []
    window.starRequested.connect(lambda ids, on: stars.append((ids, on)))
    button = window.panes[1].star
    assert button.text() == "☆ Star"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert stars == [(["green"], True)]
    window.updateTask(window.panes[1].task.evolve(starred=True))
    assert button.text() == "★ Keeper" and button.isChecked()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert stars[-1] == (["green"], False)


def test_a_clip_that_cannot_play_says_why_and_the_others_play_on(compare, qtbot):
    window = compare(("red", "gone", "blue"))
    qtbot.waitUntil(lambda: window.panes[1].findChild(QLabel).isVisible(), timeout=10000)
    assert "can't be played here" in window.panes[1].findChild(QLabel).text()
    qtbot.waitUntil(lambda: frame_number(window.panes[0]) is not None
                    and frame_number(window.panes[2]) is not None, timeout=10000)
    qtbot.waitUntil(window.players.isPlaying, timeout=5000)


def test_escape_closes_and_stops_every_player(compare, qtbot):
    window = compare()
    players = window.players
    qtbot.waitUntil(players.isPlaying, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert players.positions() == [] and not players.isPlaying()
