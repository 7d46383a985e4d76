"""Media the simulator serves: short H.264 MP4 clips and PNG sample images, made in code.

Each clip is an animated gradient whose colours and motion come from a hash of the task id, so
two tasks look different and their files differ (the task id is also in the MP4 metadata).
"""

from __future__ import annotations

import colorsys
import hashlib
import struct
import tempfile
import zlib
from pathlib import Path

import av
import numpy as np

WIDTH, HEIGHT, FPS, SECONDS = 320, 180, 24, 2


def _palette(seed: bytes) -> tuple[np.ndarray, np.ndarray, float]:
    """Two RGB colours (floats 0..1) and a speed, all derived from ``seed``."""
    digest = hashlib.sha256(seed).digest()
    hue = digest[0] / 255
    first = colorsys.hsv_to_rgb(hue, 0.75, 0.95)
    second = colorsys.hsv_to_rgb((hue + 0.35 + digest[1] / 1020) % 1.0, 0.85, 0.55)
    speed = 0.5 + digest[2] / 255
    return np.array(first), np.array(second), speed


def _frame(x: np.ndarray, y: np.ndarray, t: float, colours: tuple) -> np.ndarray:
    first, second, speed = colours
    wave = 0.5 + 0.5 * np.sin(2 * np.pi * (x * 0.8 + y * 0.5 - t * speed))
    pixels = first * wave[..., None] + second * (1 - wave[..., None])
    bar = np.abs(x - (t * speed / SECONDS) % 1.0) < 0.03  # a white bar sweeping across
    pixels[bar] = 1.0
    return (pixels * 255).astype(np.uint8)


def encode_clip(task_id: str, prompt: str | None = None) -> bytes:
    """A 2-second 320×180 H.264 MP4 unique to ``task_id``."""
    colours = _palette(task_id.encode())
    y, x = np.mgrid[0:HEIGHT, 0:WIDTH]
    x, y = x / WIDTH, y / HEIGHT
    with tempfile.TemporaryDirectory(prefix="hailuo-sim-") as folder:
        path = Path(folder) / "clip.mp4"
        # A real file, not BytesIO: "faststart" rewrites it to put the index first, which lets
        # players start before the download ends.
        with av.open(str(path), mode="w", format="mp4", options={"movflags": "faststart"}) as out:
            out.metadata["title"] = (prompt or "Hailuo simulator clip")[:200]
            out.metadata["comment"] = f"hailuo-simulator task {task_id}"
            stream = out.add_stream("libx264", rate=FPS)
            stream.width, stream.height, stream.pix_fmt = WIDTH, HEIGHT, "yuv420p"
            stream.options = {"preset": "ultrafast", "crf": "30"}
            for index in range(FPS * SECONDS):
                image = _frame(x, y, index / FPS, colours)
                frame = av.VideoFrame.from_ndarray(image, format="rgb24")
                out.mux(stream.encode(frame))
            out.mux(stream.encode(None))
        return path.read_bytes()


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def encode_png(pixels: np.ndarray) -> bytes:
    """A truecolour PNG from an ``(height, width, 3)`` uint8 array."""
    height, width, _ = pixels.shape
    rows = np.concatenate([np.zeros((height, 1), np.uint8), pixels.reshape(height, -1)], axis=1)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(rows.tobytes(), 6))
        + _png_chunk(b"IEND", b"")
    )


def sample_image(number: int, width: int = 640, height: int = 360) -> bytes:
    """Sample first-frame image ``number``: a gradient sky with a sun, colours set by number."""
    first, second, _ = _palette(f"sample-{number}".encode())
    y, x = np.mgrid[0:height, 0:width]
    fy = (y / height)[..., None]
    pixels = first * (1 - fy) + second * fy
    sun = (x - width * 0.7) ** 2 + (y - height * 0.35) ** 2 < (height * 0.15) ** 2
    pixels[sun] = (1.0, 0.95, 0.7)
    return encode_png((pixels * 255).astype(np.uint8))
