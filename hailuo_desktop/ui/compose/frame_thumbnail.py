"""The first-frame field's small picture and its coloured sentence: a thumbnail decoded from
the bytes a link led to, and the palette for each level of sentence."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImageReader, QPalette, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

THUMBNAIL_SIZE = QSize(120, 68)

_FORMAT_NAMES = {"jpeg": "JPEG", "jpg": "JPEG", "png": "PNG", "webp": "WebP", "gif": "GIF",
                 "bmp": "BMP"}


@dataclass(frozen=True)
class Thumbnail:
    pixmap: QPixmap | None
    summary: str | None   # "1024 × 768 px · PNG" when it could be shown
    problem: str | None   # why it could not


def decode_thumbnail(data: bytes, content_type: str, device_ratio: float) -> Thumbnail:
    """A thumbnail of a picture's bytes (already in memory: a link's answer)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        reader = QImageReader(buffer)
        size = reader.size()
        name = reader.format().data().decode("ascii", "replace").lower()
        box = QSize(round(THUMBNAIL_SIZE.width() * device_ratio),
                    round(THUMBNAIL_SIZE.height() * device_ratio))
        if size.isValid() and not size.isEmpty():
            # Decode at thumbnail size: quicker for big JPEGs, and no 100-megapixel buffers.
            reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        error = reader.errorString()
    finally:
        buffer.close()
    if image.isNull():
        return Thumbnail(None, None, QCoreApplication.translate(
            "FirstFrameField", "This picture can't be shown here ({error}). Use a PNG, JPEG or "
            "WebP image.").format(error=error))
    if not size.isValid() or size.isEmpty():
        size = image.size()
        image = image.scaled(box, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(device_ratio)
    kind = _FORMAT_NAMES.get(name) or content_type.rpartition("/")[2].upper() \
        or QCoreApplication.translate("FirstFrameField", "image")
    return Thumbnail(pixmap, f"{size.width()} × {size.height()} px · {kind}", None)


def short_name(name: str, most: int = 44) -> str:
    """A file name short enough for one line: its start and its end (where the kind is)."""
    return name if len(name) <= most else f"{name[:most // 2 - 2]}…{name[-(most // 2 + 1):]}"


def tone_palette(base: QPalette, level: str) -> QPalette:
    """`base` with the text coloured for an error, a warning or a hint (readable on light and
    dark schemes); any other level keeps the normal text colour."""
    palette = QPalette(base)
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    colours = {
        "error": QColor("#ff8a80" if dark else "#b3261e"),
        "warning": QColor("#ffb74d" if dark else "#8a5300"),
        "hint": palette.color(QPalette.ColorRole.PlaceholderText),
    }
    if level in colours:  # the disabled look stays grey
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.WindowText, colours[level])
    return palette


class ThumbnailLabel(QLabel):
    """The framed little picture, or a word in its place ("No picture", "Uploading…")."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("firstFrameThumbnail")
        self.setFixedSize(THUMBNAIL_SIZE + QSize(2, 2))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet("#firstFrameThumbnail { border: 1px solid palette(mid); "
                           "border-radius: 3px; background: palette(base); }")
        self.setToolTip(self.tr("Preview of the first frame"))
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.setFont(font)
        self.setPalette(tone_palette(self.palette(), "hint"))
