"""Real pictures for tests, made by Qt's encoders (needs the `qapp` fixture)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QImageWriter


def encoded(width: int, height: int, fmt: str = "png", *, quality: int = -1,
            progressive: bool = False, seed: int = 0) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(40 + seed % 200, 120, 160))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, fmt.encode())
    writer.setQuality(quality)
    writer.setProgressiveScanWrite(progressive)
    assert writer.write(image), writer.errorString()
    buffer.close()
    return bytes(data)


def with_big_metadata(jpeg: bytes, size: int = 60_000) -> bytes:
    """The JPEG with a large APP1 (EXIF-like) segment before its frame header."""
    payload = b"Exif\0\0" + bytes(size)
    segment = b"\xff\xe1" + (len(payload) + 2).to_bytes(2, "big") + payload
    return jpeg[:2] + segment + jpeg[2:]
