"""Can this picture be a first frame? Checked on this computer before anything is sent.

The rules are MiniMax's published ones (shared/platform-api.md §2): JPEG, PNG or WebP, at most
20 MB, at least 300 pixels on the short side, and a shape between 2:5 and 5:2. The type comes
from the file's first bytes and the pixel size from its header, so a check reads a few hundred
bytes, never the picture (a JPEG is walked segment by segment, skipping over metadata). Each
refusal is a sentence that says what would work.

Reading a file blocks: the app calls these from a worker thread.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .i18n import QT_TRANSLATE_NOOP, Context

PictureRules = Context("PictureRules")

MAX_PICTURE_BYTES = 20 * 1024 * 1024
MIN_SHORT_SIDE = 300
# Shapes from 2:5 (tall) to 5:2 (wide), both included.
_RATIO_MIN, _RATIO_MAX = (2, 5), (5, 2)
_MAX_JPEG_SEGMENTS = 1000
# JPEG start-of-frame markers, which carry the size: every SOFn but DHT, JPG and DAC.
_SOF_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_TYPES = {"jpeg": ("image/jpeg", ".jpg"), "png": ("image/png", ".png"),
          "webp": ("image/webp", ".webp")}
# Pictures the service does not take, recognised to name them in the refusal.
_OTHER_KINDS = ((b"GIF87a", "GIF"), (b"GIF89a", "GIF"), (b"BM", "BMP"), (b"II*\0", "TIFF"),
                (b"MM\0*", "TIFF"),
                (b"\0\0\1\0", QT_TRANSLATE_NOOP("PictureRules", "Windows icon")))
_PICTURE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".heic"})
_ISO_BRANDS = {b"heic": "HEIC", b"heix": "HEIC", b"mif1": "HEIF", b"msf1": "HEIF",
               b"avif": "AVIF", b"avis": "AVIF"}

# Translated where they are returned (PictureRules.tr).
EMPTY = QT_TRANSLATE_NOOP("PictureRules", "This file is empty. Pick another picture.")
NOT_A_PICTURE = QT_TRANSLATE_NOOP(
    "PictureRules", "This file is not a picture the service takes. Use a JPEG, PNG or WebP "
                    "image.")
DAMAGED = QT_TRANSLATE_NOOP(
    "PictureRules", "This picture's size can't be read from the file, so it may be damaged. "
                    "Open it and save it again, or pick another picture.")


@dataclass(frozen=True)
class Picture:
    kind: str   # jpeg, png, webp
    width: int
    height: int
    size: int   # bytes

    @property
    def content_type(self) -> str:
        return _TYPES[self.kind][0]

    @property
    def extension(self) -> str:
        return _TYPES[self.kind][1]


@dataclass(frozen=True)
class PictureCheck:
    picture: Picture | None
    problem: str | None  # why it can't be used: one sentence for the user


@dataclass(frozen=True)
class PastedPicture:
    """A picture that is not a file: a pasted screenshot, encoded (to PNG) by the UI."""

    data: bytes
    name: str = "pasted picture.png"


def check_picture(stream: BinaryIO, size: int) -> PictureCheck:
    """Check the picture in a seekable binary stream of `size` bytes."""
    if size == 0:
        return PictureCheck(None, PictureRules.tr(EMPTY))
    stream.seek(0)
    head = stream.read(32)
    kind = _kind(head)
    if kind is None:
        other = _other_kind(head)
        if other is None:
            return PictureCheck(None, PictureRules.tr(NOT_A_PICTURE))
        return PictureCheck(None, PictureRules.tr(
            "This picture is a {kind} file, which the service does not take. Save it as JPEG, "
            "PNG or WebP, or pick another picture.").format(kind=other))
    dimensions = _dimensions(kind, head, stream)
    if dimensions is None:
        return PictureCheck(None, PictureRules.tr(DAMAGED))
    picture = Picture(kind, *dimensions, size)
    return PictureCheck(picture, problem(picture))


def check_picture_bytes(data: bytes) -> PictureCheck:
    return check_picture(io.BytesIO(data), len(data))


def check_picture_file(path: Path) -> PictureCheck:
    try:
        with open(path, "rb") as file:
            size = _file_size(file)
            return check_picture(file, size)
    except FileNotFoundError:
        return PictureCheck(None, PictureRules.tr(
            "This file is not there any more. Pick it again."))
    except IsADirectoryError:
        return PictureCheck(None, PictureRules.tr(
            "This is a folder, not a picture. Pick a picture file."))
    except PermissionError:
        return PictureCheck(None, PictureRules.tr(
            "You don't have permission to read this file. Pick another picture, or change the "
            "file's permissions."))
    except OSError as exc:
        return PictureCheck(None, PictureRules.tr(
            "This file can't be read ({error}). Check that it is still there, then pick it "
            "again.").format(error=exc.strerror or exc))


def problem(picture: Picture) -> str | None:
    """Why the service would refuse this picture, or None."""
    if picture.size > MAX_PICTURE_BYTES:
        return PictureRules.tr(
            "This picture is {size} MB; the service takes up to 20 MB. Save it smaller (or as "
            "JPEG), or pick another picture.").format(size=f"{picture.size / 1024**2:.1f}")
    size = {"width": picture.width, "height": picture.height}
    if min(picture.width, picture.height) < MIN_SHORT_SIDE:
        return PictureRules.tr(
            "This picture is {width} × {height} pixels; the service needs at least {least} "
            "pixels on the short side. Use a larger picture.").format(least=MIN_SHORT_SIDE,
                                                                      **size)
    if picture.width * _RATIO_MIN[1] < picture.height * _RATIO_MIN[0]:
        return PictureRules.tr(
            "This picture is {width} × {height} pixels, taller than the service takes (2:5 at "
            "most). Crop it to a wider shape.").format(**size)
    if picture.width * _RATIO_MAX[1] > picture.height * _RATIO_MAX[0]:
        return PictureRules.tr(
            "This picture is {width} × {height} pixels, wider than the service takes (5:2 at "
            "most). Crop it to a taller shape.").format(**size)
    return None


def upload_name(picture: Picture, name: str) -> str:
    """`name` with the extension of what the picture really is (a pasted PNG named
    `Screenshot` becomes `Screenshot.png`)."""
    path = Path(name)
    stem = path.stem if path.suffix.lower() in _PICTURE_SUFFIXES else path.name
    return f"{stem or 'picture'}{picture.extension}"


def _file_size(file: BinaryIO) -> int:
    file.seek(0, io.SEEK_END)
    return file.tell()


def _kind(head: bytes) -> str | None:
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    return None


def _other_kind(head: bytes) -> str | None:
    if head[4:8] == b"ftyp":
        return _ISO_BRANDS.get(head[8:12])
    for magic, name in _OTHER_KINDS:
        if head.startswith(magic):
            return PictureRules.tr(name)
    if head.lstrip()[:5].lower() in (b"<svg ", b"<?xml"):
        return PictureRules.tr("SVG drawing")
    return None


def _dimensions(kind: str, head: bytes, stream: BinaryIO) -> tuple[int, int] | None:
    if kind == "png":
        if head[12:16] != b"IHDR" or len(head) < 24:
            return None
        width, height = struct.unpack(">II", head[16:24])
    elif kind == "webp":
        found = _webp_dimensions(head)
        if found is None:
            return None
        width, height = found
    else:
        found = _jpeg_dimensions(stream)
        if found is None:
            return None
        width, height = found
    return (width, height) if width > 0 and height > 0 else None


def _webp_dimensions(head: bytes) -> tuple[int, int] | None:
    chunk = head[12:16]
    if chunk == b"VP8 " and len(head) >= 30 and head[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", head[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L" and len(head) >= 25 and head[20] == 0x2F:
        bits = int.from_bytes(head[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X" and len(head) >= 30:
        return (int.from_bytes(head[24:27], "little") + 1,
                int.from_bytes(head[27:30], "little") + 1)
    return None


def _jpeg_dimensions(stream: BinaryIO) -> tuple[int, int] | None:
    """Walk the segments after SOI to the first start-of-frame, seeking past the others."""
    stream.seek(2)
    for _ in range(_MAX_JPEG_SEGMENTS):
        byte = stream.read(1)
        if byte != b"\xff":
            return None
        marker = stream.read(1)
        while marker == b"\xff":  # fill bytes
            marker = stream.read(1)
        if not marker:
            return None
        code = marker[0]
        if code == 0x01 or 0xD0 <= code <= 0xD7:
            continue  # markers without a length
        if code in (0xD9, 0xDA):
            return None  # end of image, or the picture data, before any frame header
        length_bytes = stream.read(2)
        if len(length_bytes) < 2:
            return None
        length = int.from_bytes(length_bytes, "big")
        if length < 2:
            return None
        if code in _SOF_MARKERS:
            frame = stream.read(5)
            if len(frame) < 5:
                return None
            height, width = struct.unpack(">HH", frame[1:5])
            return width, height
        stream.seek(length - 2, io.SEEK_CUR)
    return None
