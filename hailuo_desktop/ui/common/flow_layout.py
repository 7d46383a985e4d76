"""A layout that places its items left to right and wraps them onto new rows, like words.

Qt has none built in. Hidden items take no room. Its height depends on the width it gets; its
widget's minimum height follows, so a crowded parent layout cannot squeeze rows out of sight.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, column_gap: int = 6, row_gap: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._column_gap = column_gap
        self._row_gap = row_gap
        self.setContentsMargins(QMargins())

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        height = self._arrange(rect, place=True)
        widget = self.parentWidget()
        if widget is not None and widget.minimumHeight() != height:
            widget.setMinimumHeight(height)

    def sizeHint(self) -> QSize:
        """Everything in one row."""
        items = self._visible()
        width = sum(item.sizeHint().width() for item in items) \
            + self._column_gap * max(len(items) - 1, 0)
        height = max((item.sizeHint().height() for item in items), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        # As narrow as the widest item: everything else can wrap.
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size.grownBy(margins)

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    @staticmethod
    def _fitted(item: QLayoutItem, room: int) -> QSize:
        """Its preferred size, narrowed to the room there is if it can wrap itself."""
        hint = item.sizeHint()
        width = max(min(hint.width(), room), item.minimumSize().width())
        height = item.heightForWidth(width) if item.hasHeightForWidth() else hint.height()
        return QSize(width, height)

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Lays the items out in ``rect`` (or only measures) and returns the height used.
        Items shorter than their row sit in its middle, so labels line up with buttons."""
        area = rect.marginsRemoved(self.contentsMargins())
        rows: list[list[tuple[QLayoutItem, QSize]]] = []
        x = area.x()
        for item in self._visible():
            size = self._fitted(item, area.width())
            if not rows or x + size.width() > area.right() + 1:
                rows.append([])
                x = area.x()
            rows[-1].append((item, size))
            x += size.width() + self._column_gap
        y = area.y()
        for row in rows:
            height = max(size.height() for _, size in row)
            if place:
                x = area.x()
                for item, size in row:
                    item.setGeometry(QRect(QPoint(x, y + (height - size.height()) // 2), size))
                    x += size.width() + self._column_gap
            y += height + self._row_gap
        bottom = y - self._row_gap if rows else y
        return bottom - rect.y() + self.contentsMargins().bottom()
