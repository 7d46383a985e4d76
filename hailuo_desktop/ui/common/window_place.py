"""Puts a window where `domain.window_geometry.place` says, on the screen it was left on (or
the primary one), and reads back where the user left it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from ...domain.window_geometry import Rect, is_rect, place


def _screen_for(saved: Rect | None):
    if saved is not None:
        x, y, w, h = saved
        screen = QGuiApplication.screenAt(QPoint(x + w // 2, y + h // 2))
        if screen is not None:
            return screen
    return QGuiApplication.primaryScreen()


def restore_place(window: QWidget, saved: list[int], maximized: bool) -> None:
    """Size and position the (not yet shown) window: the saved place made to fit, or a first
    run's size, centred; maximized when it asks to be or would nearly fill the screen."""
    rect = tuple(saved) if is_rect(saved) else None
    available = _screen_for(rect).availableGeometry()  # type: ignore[arg-type]
    minimum = window.minimumSizeHint()
    placement = place(rect, maximized,  # type: ignore[arg-type]
                      (available.x(), available.y(), available.width(), available.height()),
                      (minimum.width(), minimum.height()))
    window.setGeometry(QRect(*placement.rect))
    if placement.maximized:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def current_place(window: QWidget) -> tuple[list[int], bool]:
    """Where the user left the window: its normal place, and whether it was maximized."""
    maximized = window.isMaximized()
    rect = window.normalGeometry() if maximized else window.geometry()
    if not rect.isValid():  # never shown
        rect = window.geometry()
    return [rect.x(), rect.y(), rect.width(), rect.height()], maximized
