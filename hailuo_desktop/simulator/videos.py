"""Media the simulator serves: short H.264 MP4 clips and PNG sample images, made in code.

Each clip is an animated gradient whose colours and motion come from a hash of the task id, so
two tasks look different and their files differ (the task id is also in the MP4 metadata).
Given a first frame it can read (PNG, JPEG, WebP…), a clip instead starts from that picture
and slowly pushes in on it, as image-to-video clips do. Either way a strip of blocks at the
bottom spells bits of the id's hash.
"""

from __future__ import annotations

import colorsys
import hashlib
import io
import struct
import tempfile
import zlib
from pathlib import Path

import av
import numpy as np

# Big enough that a frame of a clip passes the service's own rules for a first frame (at least
# 300 pixels on the short side), so "continue from the last frame" works in the demo too.
WIDTH, HEIGHT, FPS, SECONDS = 640, 360, 24, 2
STRIP_HEIGHT = 16
PATTERN_SCALE = 2  # the pattern is computed at half the size and doubled: it is smooth anyway
ZOOM = 0.2  # how much closer the last frame of a picture's clip is than the first


class _Look:
    """What a clip looks like, all derived from a seed: colours, wave direction and speed, and
    a strip of 32 blocks at the bottom that spells hash bits, so two ids never look alike."""

    def __init__(self, seed: bytes) -> None:
        digest = hashlib.sha256(seed).digest()
        hue = digest[0] / 255
        self.first = np.array(colorsys.hsv_to_rgb(hue, 0.75, 0.95))
        self.second = np.array(colorsys.hsv_to_rgb((hue + 0.25 + digest[1] / 510) % 1, 0.85, 0.5))
        angle = digest[2] / 255 * np.pi
        self.direction = (np.cos(angle), np.sin(angle))
        self.frequency = 0.6 + digest[3] / 255
        self.speed = 0.5 + digest[4] / 255
        bits = int.from_bytes(digest[5:9], "big")
        self.blocks = np.array([(bits >> (31 - i)) & 1 for i in range(32)])


class _Painter:
    """Draws the frames of one clip; what does not move is computed once."""

    def __init__(self, look: _Look) -> None:
        self.look = look
        rows, columns = HEIGHT // PATTERN_SCALE, WIDTH // PATTERN_SCALE
        y, x = np.mgrid[0:rows, 0:columns].astype(np.float32)
        x, y = x / columns, y / rows
        self.phase = (x * look.direction[0] + y * look.direction[1]) * look.frequency
        self.columns = x[0]
        self.strip = _strip(look)
        mix = np.linspace(0.0, 1.0, 256)[:, None]
        self.colours = ((look.first * mix + look.second * (1 - mix)) * 255).astype(np.uint8)

    def frame(self, t: float) -> np.ndarray:
        look = self.look
        wave = 127.5 + 127.5 * np.sin(2 * np.pi * (self.phase - t * look.speed))
        pixels = self.colours[wave.astype(np.uint8)]  # a colour table: much faster than mixing
        bar = np.abs(self.columns - (t * look.speed / SECONDS) % 1.0) < 0.03
        pixels[:, bar] = 255  # a white bar sweeping across
        pixels = pixels.repeat(PATTERN_SCALE, axis=0).repeat(PATTERN_SCALE, axis=1)
        pixels[HEIGHT - STRIP_HEIGHT :] = self.strip[None, :, None]
        return pixels


def _strip(look: _Look) -> np.ndarray:
    """One row of the id strip: 32 black or white blocks across the width."""
    columns = np.arange(WIDTH) * 32 // WIDTH
    return (look.blocks[columns] * 255).astype(np.uint8)


def decode_picture(data: bytes) -> np.ndarray | None:
    """The (first) picture in an image file as ``(height, width, 3)`` RGB; None if there is
    none (not an image, or a format FFmpeg does not read)."""
    try:
        with av.open(io.BytesIO(data)) as container:
            return next(container.decode(video=0)).to_ndarray(format="rgb24")
    except (ValueError, IndexError, StopIteration):  # av's errors are ValueErrors
        return None


def _cover(picture: np.ndarray, width: int, height: int) -> np.ndarray:
    """``picture`` cut to the aspect of ``width``×``height`` around its centre, then scaled."""
    rows, columns = picture.shape[:2]
    scale = max(width / columns, height / rows)
    keep_rows, keep_columns = min(rows, round(height / scale)), min(columns, round(width / scale))
    top, left = (rows - keep_rows) // 2, (columns - keep_columns) // 2
    cut = np.ascontiguousarray(picture[top : top + keep_rows, left : left + keep_columns])
    frame = av.VideoFrame.from_ndarray(cut, format="rgb24")
    return frame.reformat(width=width, height=height).to_ndarray(format="rgb24")


class _PushIn:
    """Draws a clip that starts from a picture and slowly moves closer, drifting in the
    direction the id's hash gives. Sampled from a picture twice the frame size, so the
    nearest-pixel lookups stay sharp and fast."""

    def __init__(self, picture: np.ndarray, look: _Look) -> None:
        self.source = _cover(picture, WIDTH * 2, HEIGHT * 2)
        self.direction = look.direction
        self.strip = _strip(look)

    def frame(self, t: float) -> np.ndarray:
        rows, columns = self.source.shape[:2]
        zoom = 1 + ZOOM * t / SECONDS
        height, width = rows / zoom, columns / zoom
        # The window's centre drifts as far as it can while the window stays on the picture.
        centre_x = columns / 2 + self.direction[0] * (columns - width) / 2
        centre_y = rows / 2 + self.direction[1] * (rows - height) / 2
        ys = (centre_y - height / 2 + (np.arange(HEIGHT) + 0.5) * height / HEIGHT).astype(int)
        xs = (centre_x - width / 2 + (np.arange(WIDTH) + 0.5) * width / WIDTH).astype(int)
        pixels = self.source[ys.clip(0, rows - 1)[:, None], xs.clip(0, columns - 1)[None, :]]
        pixels[HEIGHT - STRIP_HEIGHT :] = self.strip[None, :, None]
        return pixels


def encode_clip(task_id: str, prompt: str | None = None, picture: bytes | None = None) -> bytes:
    """A 2-second 640×360 H.264 MP4 unique to ``task_id``, starting from ``picture`` (an image
    file's bytes) when it is one."""
    look = _Look(task_id.encode())
    pixels = decode_picture(picture) if picture else None
    painter = _Painter(look) if pixels is None else _PushIn(pixels, look)
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
                image = painter.frame(index / FPS)
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
    look = _Look(f"sample-{number}".encode())
    y, x = np.mgrid[0:height, 0:width]
    fy = (y / height)[..., None]
    pixels = look.first * (1 - fy) + look.second * fy
    sun = (x - width * 0.7) ** 2 + (y - height * 0.35) ** 2 < (height * 0.15) ** 2
    pixels[sun] = (1.0, 0.95, 0.7)
    return encode_png((pixels * 255).astype(np.uint8))
