"""Stills from a saved clip: the frame shown at a time, or the very last one, as a PNG.

The picture is decoded from the video file itself with PyAV, at the clip's full size, on a
worker thread so the window never waits. The last frame is found by decoding to the end:
a container's duration can be missing or wrong, and with B-frames the last packet stored is
not the last picture shown. Times count from the clip's first frame; a time past the end gives
the last frame.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import math
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.i18n import Context
from ..domain.naming import MAX_NAME_LENGTH, safe_name

if TYPE_CHECKING:
    import av
    from av.video.stream import VideoStream


class FrameGrabError(Exception):
    """No picture came out of the clip; the message is a sentence for the user."""


async def grab_frame(clip: Path, at_seconds: float | None) -> bytes:
    """A PNG of the frame shown ``at_seconds`` into ``clip``; None asks for its last frame."""
    if at_seconds is not None and math.isnan(at_seconds):
        raise ValueError("at_seconds must be a number of seconds or None")
    stop = threading.Event()
    work = asyncio.get_running_loop().run_in_executor(None, _grab, Path(clip), at_seconds, stop)
    try:
        return await asyncio.shield(work)
    except asyncio.CancelledError:
        # A thread cannot be interrupted: it stops at the next frame, and is waited for, so
        # no decoding outlives its caller, nor reports to a loop that has closed.
        stop.set()
        with contextlib.suppress(Exception):
            await work
        raise


def frame_file_name(clip: Path, at_seconds: float | None) -> str:
    """``<clip stem>_last-frame.png`` or ``<clip stem>_frame-1.25s.png``, safe on every system."""
    if at_seconds is None:
        tail = "_last-frame.png"
    else:
        tail = f"_frame-{max(at_seconds, 0.0):.2f}".rstrip("0").rstrip(".") + "s.png"
    # Dots in the stem would read as more extensions: they become dashes with the rest.
    stem = safe_name(Path(clip).stem.replace(".", "-"))
    return stem[: MAX_NAME_LENGTH - len(tail)].rstrip("-_") + tail


# --- on the worker thread --------------------------------------------------------------------
# Timestamps are exact fractions and the times asked for are floats: allow for the rounding.
_TOLERANCE = 1e-6

Frames = Context("Frames")


class _Stopped(Exception):
    """The caller has gone: decoding ends early."""


def _grab(clip: Path, at_seconds: float | None, stop: threading.Event) -> bytes:
    # PyAV (with its FFmpeg) is loaded on the first grab, on this worker thread: the window
    # opens without it.
    import av

    name = clip.name
    try:
        png = _png_of_frame(clip, at_seconds, stop)
        if png is None and at_seconds is not None:
            # The seek landed after the time asked for, or could not be made: start over.
            png = _png_of_frame(clip, at_seconds, stop, seek=False)
    except FileNotFoundError:
        raise FrameGrabError(Frames.tr("The video file {name} is not there any more.").format(
            name=name)) from None
    except IsADirectoryError:
        raise FrameGrabError(Frames.tr("{name} is a folder, not a video file.").format(
            name=name)) from None
    except PermissionError:
        raise FrameGrabError(Frames.tr("This app is not allowed to read {name}.").format(
            name=name)) from None
    except av.error.InvalidDataError:
        raise FrameGrabError(Frames.tr(
            "{name} is damaged or is not a video file this app can read.").format(
                name=name)) from None
    except (av.FFmpegError, OSError) as error:
        raise FrameGrabError(Frames.tr("{name} could not be read ({error}).").format(
            name=name, error=error.strerror or error)) from None
    if png is None:
        raise FrameGrabError(Frames.tr("{name} has no pictures in it.").format(name=name))
    return png


def _png_of_frame(clip: Path, at_seconds: float | None, stop: threading.Event, *,
                  seek: bool = True) -> bytes | None:
    """The frame at ``at_seconds`` (None: the last one) as a PNG, or None when there is no
    frame; after a seek, also None when the first frame decoded is already past the time."""
    import av

    with av.open(str(clip)) as container:
        if not container.streams.video:
            raise FrameGrabError(Frames.tr("{name} has no video in it.").format(name=clip.name))
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        clock = _Clock(stream)
        if at_seconds is None:
            frame = _last_up_to(container.decode(stream), math.inf, clock, stop)
        elif seek and stream.time_base:
            target = max(at_seconds, 0.0)
            try:
                container.seek(int((clock.start + target) / stream.time_base), stream=stream,
                               backward=True)
            except av.FFmpegError:
                return None  # a stream that cannot seek (raw H.264): decode from the start
            frames = container.decode(stream)
            first = next(frames, None)
            if first is None or clock.seconds(first, 0) > target + _TOLERANCE:
                return None
            frame = _last_up_to(itertools.chain([first], frames), target, clock, stop)
        else:
            frame = _last_up_to(container.decode(stream), max(at_seconds, 0.0), clock, stop)
        # Encoded while the decoder that owns the frame's buffers is still open.
        return None if frame is None else _png(frame)


class _Clock:
    """When a frame is shown, in seconds from the clip's first frame."""

    def __init__(self, stream: VideoStream):
        base = stream.time_base
        self.start = float(stream.start_time * base) \
            if stream.start_time is not None and base else 0.0
        rate = stream.average_rate or stream.guessed_rate
        self._rate = float(rate) if rate else None

    def seconds(self, frame: av.VideoFrame, ordinal: int) -> float:
        if frame.time is not None:
            return frame.time - self.start
        # No timestamps at all (raw H.264): the frame's place at the stream's nominal rate.
        return ordinal / self._rate if self._rate else 0.0


def _last_up_to(frames: Iterable[av.VideoFrame], target: float, clock: _Clock,
                stop: threading.Event) -> av.VideoFrame | None:
    """The last frame shown at or before ``target``; the first one if all come later."""
    chosen = None
    for ordinal, frame in enumerate(frames):
        if stop.is_set():
            raise _Stopped
        if chosen is not None and clock.seconds(frame, ordinal) > target + _TOLERANCE:
            break
        chosen = frame
    return chosen


def _png(frame: av.VideoFrame) -> bytes:
    import av

    rgb = frame.reformat(format="rgb24", src_color_range=frame.color_range)
    encoder = av.CodecContext.create("png", "w")
    encoder.width, encoder.height, encoder.pix_fmt = rgb.width, rgb.height, "rgb24"
    return b"".join(bytes(packet) for packet in [*encoder.encode(rgb), *encoder.encode(None)])
