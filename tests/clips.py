"""Real H.264 clips for tests, encoded with PyAV from pictures the test draws."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import av
import numpy as np


def encode_clip(path: Path, pictures: Iterable[np.ndarray], *, fps: int = 24,
                container_format: str | None = None, options: dict | None = None,
                preset: str | None = None) -> Path:
    """Write `pictures` (height × width × 3 RGB arrays, all one size) as an H.264 clip."""
    with av.open(str(path), "w", format=container_format, options=options or {}) as out:
        stream = None
        for pixels in pictures:
            if stream is None:
                stream = out.add_stream("libx264", rate=fps)
                stream.height, stream.width = pixels.shape[:2]
                stream.pix_fmt = "yuv420p"
                if preset is not None:
                    stream.options = {"preset": preset}
            out.mux(stream.encode(av.VideoFrame.from_ndarray(pixels, format="rgb24")))
        if stream is not None:
            out.mux(stream.encode(None))
    return path


def solid(rgb: tuple[int, int, int], size: tuple[int, int] = (320, 240)) -> np.ndarray:
    """A picture of one colour, `size` being (width, height)."""
    width, height = size
    pixels = np.empty((height, width, 3), np.uint8)
    pixels[:] = rgb
    return pixels


def with_bar(rgb: tuple[int, int, int], index: int, count: int, bar: int) -> np.ndarray:
    """A 320×240 picture of one colour under a white bar `bar` pixels high, as long as frame
    `index` is far through `count`: each frame differs, and says which it is."""
    pixels = solid(rgb)
    pixels[:bar, : 320 * (index + 1) // count] = 255
    return pixels
