"""Renders resources/icons/hailuo-desktop.svg into every icon file the packages use.

    .venv/bin/python packaging/render_icons.py

Writes PNGs into a freedesktop ``hicolor`` tree (resources/icons/hicolor/NxN/apps/), which a
user copies into ~/.local/share/icons as it is, plus packaging/windows/hailuo-desktop.ico and
packaging/macos/hailuo-desktop.icns. ICO and ICNS are written here from the PNGs (both formats
may hold PNG data) so no image library beyond Qt is needed; run it again after editing the SVG.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "hailuo-desktop.svg"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
ICO = ROOT / "packaging" / "windows" / "hailuo-desktop.ico"
ICNS = ROOT / "packaging" / "macos" / "hailuo-desktop.icns"

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is ICO's largest
# ICNS element types that hold PNG data, by pixel size (the @2x types reuse the larger renders).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512))


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size} px PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR, one ICONDIRENTRY per size (0 means 256), then the PNG payloads."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    offset = 6 + 16 * len(sizes)
    head = struct.pack("<HHH", 0, 1, len(sizes))
    entries, payload = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size == 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        payload += data
    return head + entries + payload


def icns(pngs: dict[int, bytes]) -> bytes:
    """An 'icns' header with the total length, then (type, length, PNG) elements."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(sys.argv[:1])  # QPainter wants one, even on a QImage
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    pngs = {size: render(renderer, size) for size in SIZES}
    for size, data in pngs.items():
        target = HICOLOR / f"{size}x{size}" / "apps" / "hailuo-desktop.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    for target, data in ((ICO, ico(pngs)), (ICNS, icns(pngs))):
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    total = sum(len(d) for d in pngs.values())
    print(f"{len(pngs)} PNGs ({total // 1024} KiB), {ICO.name} ({ICO.stat().st_size // 1024} KiB),"
          f" {ICNS.name} ({ICNS.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
