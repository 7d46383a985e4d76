"""The app's look: Fusion, the system's light or dark palette, and a few accents on top."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

# Colours that read on both light and dark palettes; everything else follows the palette.
STYLE_SHEET = """
QLabel#sectionLabel { font-weight: 600; }
QLabel#hintLabel { color: palette(placeholder-text); }
QLabel[over="true"] { color: #d64541; font-weight: 600; }
QLabel#formMessage {
    color: #b3261e; background: rgba(214, 69, 65, 0.10);
    border: 1px solid rgba(214, 69, 65, 0.45); border-radius: 4px; padding: 6px;
}
QFrame[banner="demo"] { background: #f4c542; }
QFrame[banner="demo"] QLabel { color: #3a2c00; font-weight: 600; }
QFrame[banner="warning"] { background: rgba(224, 144, 43, 0.18);
                           border-bottom: 1px solid rgba(224, 144, 43, 0.6); }
QPushButton#generateButton { padding: 6px 22px; font-weight: 600; }
QLabel#detailsHeadline { font-size: 11pt; font-weight: 600; }
QLabel#detailsExplanation { color: #b3261e; }
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)
