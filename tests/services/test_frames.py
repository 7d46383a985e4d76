"""Stills decoded from real clips made here with PyAV, each frame a colour of its own, so the
PNG's colour says which frame came out."""

from __future__ import annotations

import asyncio
import math
from pathlib import Path

import av
import numpy as np
import pytest
from clips import encode_clip, solid
from PySide6.QtGui import QImage

from hailuo_desktop.domain.naming import MAX_NAME_LENGTH, is_safe_name
from hailuo_desktop.services.frames import FrameGrabError, frame_file_name, grab_frame

FPS = 24
FRAMES = 48  # two seconds
LEVELS = (32, 96, 160, 224)
# Frame i is solid COLOURS[i]: any two differ by 64 in some channel, far beyond H.264's error.
COLOURS = [(LEVELS[i // 16], LEVELS[i // 4 % 4], LEVELS[i % 4]) for i in range(64)]


def write_clip(path: Path, *, size=(320, 240), fps: int = FPS, frames: int = FRAMES,
               container_format: str | None = None, options: dict | None = None,
               preset: str = "medium") -> Path:
    """An H.264 clip; x264's own default preset ("medium") writes B-frames."""
    return encode_clip(path, (solid(COLOURS[index % len(COLOURS)], size)
                              for index in range(frames)),
                       fps=fps, container_format=container_format, options=options,
                       preset=preset)


def run(qtbot, event_loop, coro, timeout: int = 15_000):
    """Run a coroutine on the test's qasync loop while Qt spins, and return its result."""
    task = event_loop.create_task(coro)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


def grab(qtbot, event_loop, clip: Path, at: float | None) -> QImage:
    png = run(qtbot, event_loop, grab_frame(clip, at))
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    image = QImage.fromData(png, "PNG")
    assert not image.isNull()
    return image


def frame_number(image: QImage) -> int:
    """Which frame of the clip the picture is, from its colour."""
    pixel = image.pixelColor(image.width() // 2, image.height() // 2)
    seen = np.array([pixel.red(), pixel.green(), pixel.blue()])
    distances = [np.abs(seen - colour).max() for colour in COLOURS]
    best = int(np.argmin(distances))
    assert distances[best] <= 20, f"{seen} is not one of the clip's colours"
    return best


def has_b_frames(clip: Path) -> bool:
    """Stored out of display order: some packet is shown before one stored earlier."""
    with av.open(str(clip)) as container:
        shown = [p.pts for p in container.demux(video=0) if p.pts is not None]
    return shown != sorted(shown)


# Clips are only read, so each is made once for the module.
@pytest.fixture(scope="module")
def clips(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("clips")


@pytest.fixture(scope="module")
def clip(clips) -> Path:
    path = write_clip(clips / "b-frames.mp4")
    assert has_b_frames(path)
    return path


@pytest.fixture(scope="module")
def mkv_without_duration(clips) -> Path:
    path = write_clip(clips / "live.mkv", container_format="matroska", options={"live": "1"})
    with av.open(str(path)) as container:
        assert container.duration is None and container.streams.video[0].duration is None
    assert has_b_frames(path)
    return path


@pytest.fixture(scope="module")
def late_start(clips) -> Path:
    path = write_clip(clips / "late-start.ts", container_format="mpegts")
    with av.open(str(path)) as container:
        assert container.streams.video[0].start_time > 0, "MPEG-TS clocks do not start at 0"
    return path


@pytest.fixture(scope="module")
def long_clip(clips) -> Path:
    """Big enough that decoding it to the end takes a while."""
    return write_clip(clips / "long.mp4", size=(1280, 720), frames=48, preset="ultrafast")


def test_the_last_frame_at_full_size(qtbot, event_loop, clip):
    image = grab(qtbot, event_loop, clip, None)
    assert (image.width(), image.height()) == (320, 240)
    assert frame_number(image) == FRAMES - 1


@pytest.mark.parametrize(("at", "frame"), [
    (0.0, 0), (0.5 / FPS, 0), (1.5 / FPS, 1), (0.5, 12), (1.0, 24), (1.25, 30),
    (1.99, 47), (2.0, 47), (60.0, 47), (-3.0, 0)])
def test_the_frame_shown_at_a_time(qtbot, event_loop, clip, at, frame):
    assert frame_number(grab(qtbot, event_loop, clip, at)) == frame


def test_a_wide_clip_keeps_its_size(qtbot, event_loop, tmp_path):
    wide = write_clip(tmp_path / "wide.mp4", size=(640, 360), frames=12, preset="ultrafast")
    image = grab(qtbot, event_loop, wide, 0.2)
    assert (image.width(), image.height()) == (640, 360)
    assert frame_number(image) == 4


@pytest.mark.parametrize(("at", "frame"), [(None, 47), (1.0, 24), (0.3, 7), (5.0, 47)])
def test_a_container_without_duration(qtbot, event_loop, mkv_without_duration, at, frame):
    assert frame_number(grab(qtbot, event_loop, mkv_without_duration, at)) == frame


@pytest.mark.parametrize(("at", "frame"), [(None, 47), (0.0, 0), (1.0, 24), (1.25, 30)])
def test_times_count_from_the_first_frame(qtbot, event_loop, late_start, at, frame):
    assert frame_number(grab(qtbot, event_loop, late_start, at)) == frame


@pytest.mark.parametrize(("at", "frame"), [(None, 49), (1.0, 25), (0.0, 0)])
def test_raw_h264_without_any_timestamps(qtbot, event_loop, tmp_path, at, frame):
    # FFmpeg times raw H.264 at 25 frames a second, so the clip is made at that rate.
    raw = write_clip(tmp_path / "clip.h264", container_format="h264", fps=25, frames=50)
    assert frame_number(grab(qtbot, event_loop, raw, at)) == frame


def test_the_loop_keeps_turning_while_a_clip_is_decoded(qtbot, event_loop, long_clip):
    turns = 0

    async def count_turns(until: asyncio.Task) -> None:
        nonlocal turns
        while not until.done():
            turns += 1
            await asyncio.sleep(0)

    async def both() -> bytes:
        grabbing = asyncio.ensure_future(grab_frame(long_clip, None))
        await asyncio.gather(grabbing, count_turns(grabbing))
        return grabbing.result()

    assert run(qtbot, event_loop, both()).startswith(b"\x89PNG")
    assert turns > 5


def test_a_cancelled_grab_stops_its_thread_before_it_ends(qtbot, event_loop, long_clip):
    task = event_loop.create_task(grab_frame(long_clip, None))
    qtbot.wait(5)
    task.cancel()
    qtbot.waitUntil(task.done)
    assert task.cancelled()
    # The loop fixture fails the test if the decoding thread were still to report back.


def no_keyframes(source: Path, path: Path) -> Path:
    """The clip's packets without its keyframes: a video stream nothing can be decoded from."""
    with av.open(str(source)) as original, av.open(str(path), "w") as out:
        stream = out.add_stream_from_template(original.streams.video[0])
        for packet in original.demux(video=0):
            if packet.size and not packet.is_keyframe:
                packet.stream = stream
                out.mux(packet)
    return path


def audio_only(path: Path) -> Path:
    with av.open(str(path), "w") as out:
        stream = out.add_stream("aac", rate=44_100)
        silence = av.AudioFrame.from_ndarray(np.zeros((1, 1024), np.float32), format="fltp",
                                             layout="mono")
        silence.sample_rate = 44_100
        for _ in range(8):
            out.mux(stream.encode(silence))
        out.mux(stream.encode(None))
    return path


@pytest.mark.parametrize(("make", "sentence"), [
    (lambda folder, clip: folder / "gone.mp4", "The video file gone.mp4 is not there any more."),
    (lambda folder, clip: folder, "is a folder, not a video file."),
    (lambda folder, clip: _write(folder / "notes.mp4", b"Just some words.\n" * 40),
     "notes.mp4 is damaged or is not a video file this app can read."),
    (lambda folder, clip: _write(folder / "cut.mp4", clip.read_bytes()[:1500]),
     "cut.mp4 is damaged or is not a video file this app can read."),
    (lambda folder, clip: audio_only(folder / "song.m4a"), "song.m4a has no video in it."),
    (lambda folder, clip: no_keyframes(clip, folder / "broken.mp4"),
     "broken.mp4 has no pictures in it."),
])
def test_what_goes_wrong_is_one_error_with_a_sentence(qtbot, event_loop, tmp_path, clip, make,
                                                      sentence):
    target = make(tmp_path, clip)
    for at in (None, 0.5):
        with pytest.raises(FrameGrabError) as caught:
            run(qtbot, event_loop, grab_frame(target, at))
        assert str(caught.value).endswith(sentence)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_time_that_is_not_a_number_is_a_programming_error(qtbot, event_loop, clip):
    with pytest.raises(ValueError):
        run(qtbot, event_loop, grab_frame(clip, math.nan))


@pytest.mark.parametrize(("at", "name"), [
    (None, "2026-11-23_1412_golden-sunset_baf1034c_last-frame.png"),
    (1.25, "2026-11-23_1412_golden-sunset_baf1034c_frame-1.25s.png"),
    (2, "2026-11-23_1412_golden-sunset_baf1034c_frame-2s.png"),
    (0.5, "2026-11-23_1412_golden-sunset_baf1034c_frame-0.5s.png"),
    (10.0, "2026-11-23_1412_golden-sunset_baf1034c_frame-10s.png"),
    (1 / 3, "2026-11-23_1412_golden-sunset_baf1034c_frame-0.33s.png"),
    (-1.0, "2026-11-23_1412_golden-sunset_baf1034c_frame-0s.png"),
])
def test_frame_file_names(at, name):
    clip = Path("/videos/2026-11-23_1412_golden-sunset_baf1034c.mp4")
    assert frame_file_name(clip, at) == name
    assert is_safe_name(name)


@pytest.mark.parametrize(("clip", "name"), [
    ("holiday clip.v2.mov", "holiday-clip-v2_last-frame.png"),
    ("日落.mp4", "日落_last-frame.png"),
    ("con.mp4", "video-con_last-frame.png"),
])
def test_frame_file_names_from_any_clip_name_are_safe(clip, name):
    assert frame_file_name(Path(clip), None) == name
    assert is_safe_name(name)


def test_frame_file_names_stay_short():
    name = frame_file_name(Path("x" * 300 + ".mp4"), 1.5)
    assert len(name) <= MAX_NAME_LENGTH
    assert name.endswith("_frame-1.5s.png")
    assert is_safe_name(name)


def test_the_last_frame_of_a_simulated_clip_is_a_first_frame_the_service_takes(
        qtbot, event_loop, tmp_path):
    from hailuo_desktop.domain.picture_rules import check_picture_bytes
    from hailuo_desktop.simulator.videos import encode_clip

    clip = tmp_path / "demo.mp4"
    clip.write_bytes(encode_clip("a-demo-task", "a demo clip"))
    png = run(qtbot, event_loop, grab_frame(clip, None))
    assert check_picture_bytes(png).problem is None  # so the demo can continue a shot
