"""How the gallery paints one clip: its poster still, a badge with its state, how long it plays,
its star and, for a take, which take it is."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...domain.task import Task, TaskState, state_label
from ..common.formatting import duration, one_line
from .cells import GALLERY_POSTER_SIZE, STAR_COLOUR, STARRED, take_text
from .state_dots import STATE_COLOURS
from .task_table_model import POSTER_ROLE, TAKE_ROLE, TASK_ROLE

MARGIN = 8
STAR_BOX = 24
_SCRIM = QColor(0, 0, 0, 150)
_STAGE = QColor("#1c1e22")


def poster_rect(tile: QRect) -> QRect:
    return QRect(tile.x() + MARGIN, tile.y() + MARGIN,
                 GALLERY_POSTER_SIZE.width(), GALLERY_POSTER_SIZE.height())


def star_rect(tile: QRect) -> QRect:
    """Where the star sits (and where a click stars the clip): the poster's top right."""
    poster = poster_rect(tile)
    return QRect(poster.right() - STAR_BOX - 3, poster.top() + 3, STAR_BOX, STAR_BOX)


class GalleryDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        lines = QFontMetrics(option.font).height() * 2 + 6
        return QSize(GALLERY_POSTER_SIZE.width() + 2 * MARGIN,
                     GALLERY_POSTER_SIZE.height() + 2 * MARGIN + lines)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        task: Task | None = index.data(TASK_ROLE)
        if task is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        tile = option.rect.adjusted(2, 2, -2, -2)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(70)
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.setBrush(highlight)
            painter.drawRoundedRect(QRectF(tile), 6, 6)
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
            painter.drawRoundedRect(QRectF(tile), 6, 6)
        self._paint_poster(painter, option, index, task)
        self._paint_caption(painter, option, task, selected)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QColor(palette.color(QPalette.ColorRole.Highlight)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(tile).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        painter.restore()

    def _paint_poster(self, painter: QPainter, option: QStyleOptionViewItem,
                      index: QModelIndex, task: Task) -> None:
        area = poster_rect(option.rect)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_STAGE)
        painter.drawRoundedRect(QRectF(area), 4, 4)
        poster: QPixmap | None = index.data(POSTER_ROLE)
        if poster is not None and not poster.isNull():
            size = poster.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(QPoint(0, 0), size)
            target.moveCenter(area.center())
            painter.drawPixmap(target, poster)
        else:
            painter.setPen(QColor("#c9ccd1"))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter,
                             state_label(task.state) if task.state is not TaskState.SUCCEEDED
                             else "")
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.85))
        painter.setFont(small)
        take = take_text(index.data(TAKE_ROLE))
        if take:
            self._chip(painter, QPoint(area.left() + 4, area.top() + 4), take,
                       Qt.AlignmentFlag.AlignLeft)
        if task.clip_seconds:
            self._chip(painter, QPoint(area.right() - 4, area.bottom() - 4),
                       duration(task.clip_seconds), Qt.AlignmentFlag.AlignRight, bottom=True)
        star = star_rect(option.rect)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_SCRIM)
        painter.drawEllipse(star)
        font = QFont(option.font)
        font.setPointSizeF(option.font.pointSizeF() * 1.15)
        painter.setFont(font)
        painter.setPen(QColor(STAR_COLOUR) if task.starred else QColor("#e6e6e6"))
        painter.drawText(star, Qt.AlignmentFlag.AlignCenter, STARRED if task.starred else "☆")
        painter.setFont(option.font)

    @staticmethod
    def _chip(painter: QPainter, corner: QPoint, text: str, side: Qt.AlignmentFlag,
              bottom: bool = False) -> None:
        metrics = painter.fontMetrics()
        box = QRect(0, 0, metrics.horizontalAdvance(text) + 10, metrics.height() + 2)
        if side == Qt.AlignmentFlag.AlignRight:
            box.moveRight(corner.x())
        else:
            box.moveLeft(corner.x())
        if bottom:
            box.moveBottom(corner.y())
        else:
            box.moveTop(corner.y())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_SCRIM)
        painter.drawRoundedRect(QRectF(box), 3, 3)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    @staticmethod
    def _paint_caption(painter: QPainter, option: QStyleOptionViewItem, task: Task,
                       selected: bool) -> None:
        area = poster_rect(option.rect)
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        top = area.bottom() + 5
        dot = QRect(area.left(), top + (line - 8) // 2, 8, 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STATE_COLOURS[task.state]))
        painter.drawEllipse(dot)
        text_role = QPalette.ColorRole.Text
        painter.setPen(option.palette.color(text_role))
        painter.setFont(option.font)
        state = QRect(dot.right() + 6, top, area.width() - 14, line)
        painter.drawText(state, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(state_label(task.state),
                                            Qt.TextElideMode.ElideRight, state.width()))
        prompt = QRect(area.left(), top + line + 1, area.width(), line)
        muted = option.palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(option.palette.color(text_role) if selected else muted)
        painter.drawText(prompt, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(one_line(task.request.prompt, 200),
                                            Qt.TextElideMode.ElideRight, prompt.width()))
