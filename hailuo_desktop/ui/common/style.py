"""The app's look: Fusion with the system's light or dark scheme, and a few accents on top."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# Accent colours chosen to read on both light and dark palettes; the rest follows the palette.
STYLE_SHEET = """
QLabel#sectionLabel { font-weight: 600; }
QLabel#hintLabel { color: palette(placeholder-text); }
QLabel[over="true"] { color: #d64541; font-weight: 600; }
QLabel#formMessage {
    color: palette(text); background: rgba(214, 69, 65, 0.14);
    border: 1px solid rgba(214, 69, 65, 0.55); border-radius: 4px; padding: 6px;
}
QFrame[banner="demo"] { background: #f4c542; }
QFrame[banner="demo"] QLabel { color: #3a2c00; font-weight: 600; }
QFrame[banner="warning"] { background: rgba(224, 144, 43, 0.18);
                           border-bottom: 1px solid rgba(224, 144, 43, 0.6); }
QPushButton#generateButton { padding: 6px 22px; font-weight: 600; }
QLabel#detailsHeadline { font-size: 11pt; font-weight: 600; }
QLabel#detailsExplanation { color: #d64541; }
/* Where the keys go: the table says so with its frame, whatever its selection looks like. */
QTableView#taskTable { border: 1px solid palette(mid); }
QTableView#taskTable:focus { border: 2px solid palette(highlight); }
"""


def _dark_palette() -> QPalette:
    """Fusion's own palette is light; the platform gives no dark one without a desktop theme."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#25272b", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1c1d20", QPalette.ColorRole.AlternateBase: "#2a2c31",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#2f3237",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.ToolTipBase: "#2f3237",
        QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.Highlight: "#2f7de1",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.Link: "#6aa7ff",
        QPalette.ColorRole.PlaceholderText: "#8d9096", QPalette.ColorRole.Mid: "#44474d",
        QPalette.ColorRole.BrightText: "#ff6b6b",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f7277"))
    return palette


def _wants_dark(app: QApplication) -> bool:
    forced = os.environ.get("HAILUO_DESKTOP_COLOR_SCHEME", "").strip().lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def _follow_scheme(app: QApplication, system_palette: QPalette) -> None:
    """Keep the desktop's own palette, unless it is light while dark is asked for."""
    light_palette = system_palette.color(QPalette.ColorRole.Window).lightness() > 128
    app.setPalette(_dark_palette() if _wants_dark(app) and light_palette else system_palette)


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)
    system_palette = app.palette()
    _follow_scheme(app, system_palette)
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: _follow_scheme(app, system_palette))
