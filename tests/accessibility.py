"""What a screen reader says for each control: a check any test can run on its widgets.

`unnamed_controls()` walks every visible widget a person can operate (buttons, fields,
sliders, lists, tables, and anything Tab reaches) and returns those whose accessible name is
empty, described so a failing test says which. Qt's own parts inside a control (the line edit
inside a spin box, a scroll bar, a table's header) are the control's business, not ours.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

OPERABLE = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox,
            QLineEdit, QPlainTextEdit, QTextEdit)
QT_OWN = (QScrollBar, QHeaderView)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def accessible_description(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Description) if interface is not None else ""


def _inside_a_control(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def operable(widget: QWidget) -> bool:
    """Visible, and something a person presses, types into, moves or tabs to."""
    if not widget.isVisible() or isinstance(widget, QT_OWN) or _inside_a_control(widget):
        return False
    if isinstance(widget, QAbstractButton) and widget.objectName() == "qt_scrollarea_corner":
        return False
    tabbed = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    return isinstance(widget, OPERABLE) or (tabbed and widget.isEnabled())


def describe(widget: QWidget) -> str:
    window = widget.window()
    where = window.objectName() or window.windowTitle() or type(window).__name__
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return (f"{type(widget).__name__} {widget.objectName() or '(no objectName)'}"
            f"{f' {text!r}' if text else ''} in {where}")


def unnamed_controls(widgets: Iterable[QWidget] | None = None) -> list[str]:
    """Every operable widget (of `widgets`, else of the whole app) with no accessible name."""
    candidates = QApplication.allWidgets() if widgets is None else widgets
    return sorted(describe(w) for w in candidates
                  if operable(w) and not accessible_name(w).strip())


FIELDS = (QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QLineEdit, QPlainTextEdit,
          QTextEdit)


def ambiguous_fields(widgets: Iterable[QWidget] | None = None) -> list[str]:
    """Fields of one window that a screen reader names alike (Qt falls back to the title of
    the group a field sits in: two addresses under "Advanced" both sound like "Advanced")."""
    candidates = QApplication.allWidgets() if widgets is None else widgets
    seen: dict[tuple[int, str], list[QWidget]] = {}
    for widget in candidates:
        if operable(widget) and isinstance(widget, FIELDS):
            key = (id(widget.window()), accessible_name(widget).strip().casefold())
            seen.setdefault(key, []).append(widget)
    return sorted(" and ".join(describe(w) for w in same)
                  for same in seen.values() if len(same) > 1)


def nameless_objects(widgets: Iterable[QWidget] | None = None) -> list[str]:
    """Every operable widget with no objectName (tests and tools find controls by it)."""
    candidates = QApplication.allWidgets() if widgets is None else widgets
    return sorted(describe(w) for w in candidates if operable(w) and not w.objectName())
