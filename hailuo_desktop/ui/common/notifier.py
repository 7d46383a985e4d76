"""Telling the user a video is ready when they are looking elsewhere.

A desktop notification through the system tray where there is one; otherwise a small toast
inside the window. Clicking either brings the window up on that clip (`activated`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QWidget,
)

TOAST_MS = 8000


class Toast(QFrame):
    """A small card in the window's bottom-right corner with one sentence and a Show button."""

    clicked = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("toast")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._label = QLabel()
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setWordWrap(True)
        self._label.setMaximumWidth(320)
        show = QPushButton(self.tr("Show"))
        show.setObjectName("toastShowButton")
        show.setAccessibleName(self.tr("Show the video"))
        show.setAccessibleDescription(self.tr("Select the video this message is about and "
                                              "play it."))
        show.clicked.connect(self._on_click)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self._label, 1)
        layout.addWidget(show)
        self._timer = QTimer(self, singleShot=True, interval=TOAST_MS)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def text(self) -> str:
        return self._label.text()

    def popUp(self, text: str) -> None:
        self._label.setText(text)
        self.adjustSize()
        parent = self.parentWidget()
        self.move(parent.width() - self.width() - 16, parent.height() - self.height() - 40)
        self.raise_()
        self.show()
        self._timer.start()

    def _on_click(self) -> None:
        self.hide()
        self.clicked.emit()


class Notifier(QObject):
    activated = Signal(str)  # local id of the task the user clicked through to

    def __init__(self, window: QWidget, icon: QIcon | None = None):
        super().__init__(window)
        self._window = window
        self._enabled = True
        self._last_id: str | None = None
        self._toast = Toast(window)
        self._toast.clicked.connect(self._on_clicked)
        self._tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray = QSystemTrayIcon(icon or window.windowIcon(), self)
            self._tray.setToolTip("Hailuo Desktop")
            self._tray.messageClicked.connect(self._on_clicked)
            self._tray.activated.connect(lambda _reason: self._raise())
            self._tray.show()

    def setEnabled(self, enabled: bool) -> None:
        self._enabled = enabled

    def toast(self) -> Toast:
        return self._toast

    def notify(self, title: str, text: str, local_id: str) -> bool:
        """Say it only when the window is in the background; True when something was shown."""
        if not self._enabled or (self._window.isActiveWindow()
                                 and not self._window.isMinimized()):
            return False
        self._last_id = local_id
        if self._tray is not None and self._tray.supportsMessages():
            self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
        else:
            self._toast.popUp(self.tr("{title}: {text}").format(title=title, text=text))
        return True

    def _raise(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

    def _on_clicked(self) -> None:
        self._raise()
        if self._last_id is not None:
            self.activated.emit(self._last_id)
