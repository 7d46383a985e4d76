"""Pieces the video players share: a seek bar that jumps where it is clicked, flat tool
buttons, icons that follow the palette, and keys that work while the player has focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider, QToolButton, QWidget


class SeekSlider(QSlider):
    """Clicking the groove jumps there, as in every video player, instead of paging."""

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            option = QStyleOptionSlider()
            self.initStyleOption(option)
            handle = self.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                                 QStyle.SubControl.SC_SliderHandle, self)
            if not handle.contains(event.position().toPoint()):
                x = int(event.position().x()) - handle.width() // 2
                self.setSliderPosition(QStyle.sliderValueFromPosition(
                    self.minimum(), self.maximum(), x, self.width() - handle.width()))
                self.triggerAction(QSlider.SliderAction.SliderMove)
        super().mousePressEvent(event)


def tool_button(name: str, slot, *, checkable: bool = False) -> QToolButton:
    button = QToolButton()
    button.setObjectName(name)
    button.setAutoRaise(True)
    button.setCheckable(checkable)
    (button.toggled if checkable else button.clicked).connect(slot)
    return button


def tinted(icon: QIcon, colour: QColor, size: int = 16) -> QIcon:
    """The style's media icons are drawn dark: repaint their shape in the palette's text colour
    so they read on a dark scheme too."""
    tinted = QIcon()
    for mode, alpha in ((QIcon.Mode.Normal, 255), (QIcon.Mode.Disabled, 90)):
        pixmap = icon.pixmap(size, size)
        painter = QPainter(pixmap)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), QColor(colour.red(), colour.green(), colour.blue(), alpha))
        painter.end()
        tinted.addPixmap(pixmap, mode)
    return tinted


def shortcut(panel: QWidget, key: Qt.Key, slot) -> QShortcut:
    shortcut = QShortcut(QKeySequence(key), panel)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return shortcut
