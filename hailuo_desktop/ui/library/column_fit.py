"""Column widths that share the table's width.

When there is room every column gets what it wants and the prompt the rest. When there is not,
the other columns give way (all in proportion, down to their least) before the prompt does, so
the prompt stays the widest column and nothing hides behind a sideways scroll until even the
least widths do not fit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from .task_table_model import PREVIEW_SIZE, Column

# In average characters: what each column wants, and the least it may shrink to; never less
# than its header's text. The prompt takes the rest. "Started" is as wide as its longest text
# (a date and a time): an older row's date must show whole.
_WANT = {Column.STATE: 22, Column.MODEL: 22, Column.ELAPSED: 7, Column.FILE: 14}
_LEAST = {Column.STATE: 11, Column.MODEL: 10, Column.ELAPSED: 6, Column.FILE: 9}
_PADDING = 12  # the cell's margins, in pixels
_DOT = 20      # the state's coloured dot and its gap
_SORT_ARROW = 20
# As long as "Started" ever gets: a time earlier this year ("11-23 14:12").
_LONGEST_START = "12-31 23:59"

PROMPT_SHARE = 0.34  # of the width, kept for the prompt while the others can give way


def fit_columns(available: int, wants: dict[int, int], least: dict[int, int],
                stretch: int) -> dict[int, int]:
    """Widths for every column in `wants` and for `stretch`, filling `available`."""
    wanted = sum(wants.values())
    floor = sum(least.get(column, width) for column, width in wants.items())
    keep = max(round(available * PROMPT_SHARE), max(wants.values(), default=0))
    room = available - keep  # for the other columns
    if room >= wanted:
        widths = dict(wants)
    elif room <= floor:
        widths = {column: least.get(column, width) for column, width in wants.items()}
    else:
        share = (room - floor) / (wanted - floor)
        widths = {column: least.get(column, width)
                  + int((width - least.get(column, width)) * share)
                  for column, width in wants.items()}
    widths[stretch] = max(available - sum(widths.values()), max(widths.values(), default=0))
    return widths


def share_width(table: QTableView) -> None:
    """Size the task table's columns for its width now."""
    metrics = table.fontMetrics()
    chars = metrics.averageCharWidth()
    started = metrics.horizontalAdvance(_LONGEST_START) + _PADDING
    wants = {column: count * chars + _PADDING for column, count in _WANT.items()}
    least = {column: count * chars + _PADDING for column, count in _LEAST.items()}
    wants[Column.CREATED] = least[Column.CREATED] = started
    for sized in (wants, least):
        sized[Column.STATE] += _DOT
    header = table.horizontalHeader()
    titles = header.fontMetrics()
    for column in least:
        title = str(table.model().headerData(column, Qt.Orientation.Horizontal))
        least[column] = max(least[column], titles.horizontalAdvance(title) + _SORT_ARROW)
        wants[column] = max(wants[column], least[column])
    preview = PREVIEW_SIZE.width() + 8
    star = titles.horizontalAdvance("★") + _PADDING + 8
    # The vertical scroll bar's room is always kept: no widths that jump as it comes and goes.
    scroll_bar = table.verticalScrollBar()
    available = (table.viewport().width() - preview - star
                 - (0 if scroll_bar.isVisible() else scroll_bar.sizeHint().width()))
    header.resizeSection(Column.PREVIEW, preview)
    header.resizeSection(Column.STAR, star)
    for column, width in fit_columns(available, wants, least, Column.PROMPT).items():
        header.resizeSection(column, width)
