"""The colour scheme: the desktop's palette is kept, dark is applied when asked for."""

from __future__ import annotations

from PySide6.QtGui import QPalette

from hailuo_desktop.ui.common.style import apply_style


def window_lightness(app) -> int:
    return app.palette().color(QPalette.ColorRole.Window).lightness()


def test_forced_dark_scheme_gives_a_dark_palette(qapp, monkeypatch):
    original = qapp.palette()
    try:
        monkeypatch.setenv("HAILUO_DESKTOP_COLOR_SCHEME", "dark")
        apply_style(qapp)
        assert window_lightness(qapp) < 80
        text = qapp.palette().color(QPalette.ColorRole.Text).lightness()
        assert text > 200, "text must stay readable on the dark background"
    finally:
        qapp.setPalette(original)
        qapp.setStyleSheet("")


def test_light_scheme_keeps_the_desktop_palette(qapp, monkeypatch):
    original = qapp.palette()
    try:
        monkeypatch.setenv("HAILUO_DESKTOP_COLOR_SCHEME", "light")
        apply_style(qapp)
        assert window_lightness(qapp) > 128
    finally:
        qapp.setPalette(original)
        qapp.setStyleSheet("")
