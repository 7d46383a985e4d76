"""Poster frames grabbed from real H.264 clips made in the test, through Qt's own decoder."""

from __future__ import annotations

import asyncio
from pathlib import Path

import numpy as np
import pytest
from clips import encode_clip, solid
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QMediaPlayer

from hailuo_desktop.services.posters import PosterMaker

GREEN = (40, 190, 70)
PURPLE = (150, 50, 180)


def write_clip(path: Path, rgb: tuple[int, int, int], size=(320, 240), frames: int = 48) -> Path:
    """A solid-colour H.264 clip at 24 fps; the first frame is black, like a fade-in."""
    return encode_clip(path, (solid(rgb if index else (0, 0, 0), size)
                              for index in range(frames)))


@pytest.fixture
def maker(qtbot, event_loop):
    poster_maker = PosterMaker()
    yield poster_maker
    poster_maker.shutdown()


def run(qtbot, event_loop, coro, timeout: int = 15_000):
    """Run a coroutine on the test's qasync loop while Qt spins, and return its result."""
    task = event_loop.create_task(coro)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


def centre_colour(image: QImage) -> tuple[int, int, int]:
    pixel = image.pixelColor(image.width() // 2, image.height() // 2)
    return pixel.red(), pixel.green(), pixel.blue()


def close_to(colour, expected) -> bool:
    return all(abs(a - b) <= 24 for a, b in zip(colour, expected, strict=True))


def test_a_poster_is_a_small_png_of_the_clip(maker, qtbot, event_loop, tmp_path):
    clip = write_clip(tmp_path / "green.mp4", GREEN)
    poster = tmp_path / "posters" / "green.png"

    made = run(qtbot, event_loop, maker.make(clip, poster))
    assert made.path == poster
    assert made.clip_seconds == pytest.approx(2.0, abs=0.1), "48 frames at 24 fps"

    assert poster.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(poster))
    assert (image.width(), image.height()) == (120, 90), "4:3 kept inside 160×90"
    assert close_to(centre_colour(image), GREEN), "the frame at 0.5 s, not the black first one"
    assert not list(poster.parent.glob("*.part"))


def test_wide_clips_fill_the_width_and_sizes_can_be_chosen(maker, qtbot, event_loop, tmp_path):
    clip = write_clip(tmp_path / "wide.mp4", PURPLE, size=(640, 360))
    poster = tmp_path / "wide.png"
    assert run(qtbot, event_loop, maker.make(clip, poster, QSize(96, 96))) is not None
    image = QImage(str(poster))
    assert (image.width(), image.height()) == (96, 54)
    assert close_to(centre_colour(image), PURPLE)


def test_posters_queue_up_and_each_gets_its_own_clip(maker, qtbot, event_loop, tmp_path):
    green = write_clip(tmp_path / "green.mp4", GREEN)
    purple = write_clip(tmp_path / "purple.mp4", PURPLE)
    short = write_clip(tmp_path / "short.mp4", PURPLE, frames=6)   # a quarter second

    async def all_three():
        return await asyncio.gather(maker.make(green, tmp_path / "g.png"),
                                    maker.make(purple, tmp_path / "p.png"),
                                    maker.make(short, tmp_path / "s.png"))

    assert all(run(qtbot, event_loop, all_three()))
    assert close_to(centre_colour(QImage(str(tmp_path / "g.png"))), GREEN)
    assert close_to(centre_colour(QImage(str(tmp_path / "p.png"))), PURPLE)
    assert close_to(centre_colour(QImage(str(tmp_path / "s.png"))), PURPLE)


def test_a_broken_or_missing_file_gives_none_and_no_poster(maker, qtbot, event_loop, tmp_path):
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(np.random.default_rng(3).integers(0, 256, 20_000, np.uint8).tobytes())

    assert run(qtbot, event_loop, maker.make(broken, tmp_path / "b.png")) is None
    assert run(qtbot, event_loop, maker.make(tmp_path / "gone.mp4", tmp_path / "m.png")) is None
    assert not list(tmp_path.glob("*.png*"))

    # The maker is still good for the next clip.
    clip = write_clip(tmp_path / "green.mp4", GREEN)
    assert run(qtbot, event_loop, maker.make(clip, tmp_path / "ok.png")) is not None


def test_a_clip_that_gives_no_frame_in_time_gives_none(qtbot, event_loop, tmp_path):
    impatient = PosterMaker(timeout=0.001)
    clip = write_clip(tmp_path / "green.mp4", GREEN)
    assert run(qtbot, event_loop, impatient.make(clip, tmp_path / "late.png")) is None
    assert not (tmp_path / "late.png").exists()
    impatient.shutdown()


def test_shutdown_ends_the_waiting_ones_with_none(maker, qtbot, event_loop, tmp_path):
    clip = write_clip(tmp_path / "green.mp4", GREEN)
    # The maker's player is made for its first poster, not before.
    assert run(qtbot, event_loop, maker.make(clip, tmp_path / "warm-up.png")) is not None
    (tmp_path / "warm-up.png").unlink()
    # Shut down while the next poster is certainly waiting for Qt: as its clip starts loading.
    maker.findChild(QMediaPlayer).mediaStatusChanged.connect(
        lambda status: status == QMediaPlayer.MediaStatus.LoadingMedia and maker.shutdown())
    first = event_loop.create_task(maker.make(clip, tmp_path / "1.png"))
    second = event_loop.create_task(maker.make(clip, tmp_path / "2.png"))
    qtbot.waitUntil(lambda: first.done() and second.done())
    assert (first.result(), second.result()) == (None, None)
    assert not list(tmp_path.glob("*.png"))
    assert run(qtbot, event_loop, maker.make(clip, tmp_path / "3.png")) is None
