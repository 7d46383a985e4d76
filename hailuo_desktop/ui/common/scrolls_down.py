"""A frameless area that scrolls up and down, for the parts of the window that must stay whole
on a small screen (the form) or must not push the dividers around as their text grows (the
details)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class ScrollsDown(QScrollArea):
    """With `whole_width` it is as wide as its widget needs (which may change as the widget
    shows more) and never scrolls sideways; without, a word longer than the width (a path,
    say) scrolls sideways inside, and the area's own width never follows its text."""

    def __init__(self, widget: QWidget, name: str, *, whole_width: bool):
        super().__init__()
        self.setObjectName(name)
        self.setWidget(widget)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
        self._whole_width = whole_width
        if whole_width:
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            widget.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if not self._whole_width:
            return hint
        inner = self.widget().minimumSizeHint().width()
        return QSize(inner + self.verticalScrollBar().sizeHint().width(), hint.height())

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)
