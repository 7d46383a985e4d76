"""Pictures the user pastes: encoded as PNG on a worker thread (a 4K screenshot takes a good
part of a second to compress, which the window must not wait for)."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.picture_rules import PastedPicture

PASTED_NAME = QT_TRANSLATE_NOOP("FirstFrameField", "pasted picture.png")  # its name if unnamed


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    written = image.save(buffer, "PNG")
    buffer.close()
    return bytes(data) if written else b""


async def pasted_picture(image: QImage, name: str = PASTED_NAME) -> PastedPicture:
    """The pasted image as a PNG ready to upload (empty data when it could not be encoded,
    which the upload's check then refuses with its sentence)."""
    # QImage is reentrant: the worker gets its own shallow copy, and nobody writes to either.
    return PastedPicture(await asyncio.to_thread(_png, QImage(image)), name)
