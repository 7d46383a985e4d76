"""Every text the app shows (or a screen reader says), and the English words left in it.

`english_left()` walks every visible widget of the application: window titles, labels,
buttons, placeholders, group titles, combo items, tooltips, accessible names and
descriptions, the menus, the status bar, and each row and header of item views. It returns
the texts holding an English word, described so a failing test says where. Allowed: the
brand and model names, formats, units, key names, and what is not text of ours: links, file
paths, ids, environment variable names, director-mode moves (``[Pan left]``), which the
model reads in English whatever the user's language, and the texts a test names as `quoted`:
what the service said, shown word for word under "Service said:" for support to read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

ALLOWED = {
    "Hailuo", "Desktop", "MiniMax", "AceData", "Cloud", "API", "URL", "HTTP", "HTTPS", "curl",
    "PNG", "JPEG", "JPG", "WebP", "MP4", "CSV", "JSON", "MB", "KB", "GB", "Ctrl", "Shift", "Alt",
    "Enter", "Tab", "Delete", "Del", "Esc", "Page", "Up", "Down", "Space", "Home", "End",
    "Backspace", "Left", "Right", "PID", "SVG", "AI", "GNU", "LICENSE", "Windows", "localhost",
    "Qt", "Python", "Linux", "macOS", "http", "https", "data", "blob",
    "English",  # the language list names each language in its own words
}
_NOT_WORDS = re.compile(
    r"\S+://\S*"                 # links
    r"|\[[^\]\n]*\]"             # director-mode moves, written as the model reads them
    r"|\{[^}\n]*\}"              # a placeholder left unfilled is a bug the format tests catch
    r"|\S*[/\\]\S*"              # file paths
    r"|\S*[\d_@]\S*"             # ids, versions, environment variables, addresses
    r"|\S*\.[A-Za-z]{2,4}\b"      # file names and extensions (.json, *.png)
    r"|%L?n"                     # the count in a plural sentence
    r"|&(?=\w)")                 # mnemonic markers
_WORD = re.compile(r"[A-Za-z]{2,}")


def english_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(_NOT_WORDS.sub(" ", text)) if w not in ALLOWED]


def _plain(text: str) -> str:
    return QTextDocumentFragment.fromHtml(text).toPlainText() if "<" in text else text


def _menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    yield where, menu.title()
    for action in menu.actions():
        yield from _action_texts(action, where)


def _action_texts(action: QAction, where: str) -> Iterator[tuple[str, str]]:
    if action.menu() is not None:
        yield from _menu_texts(action.menu(), where)
    elif action.isVisible():
        yield f"{where} action {action.objectName()}", action.text()
        yield f"{where} action {action.objectName()} tooltip", action.toolTip()


def _view_texts(view: QAbstractItemView, where: str) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    for column in range(model.columnCount()):
        yield f"{where} header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
             Qt.ItemDataRole.AccessibleTextRole)
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in roles:
                value = model.index(row, column).data(role)
                if isinstance(value, str):
                    yield f"{where} row {row} column {column}", value


def _widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    name = f"{type(widget).__name__} {widget.objectName() or '(no objectName)'}"
    if widget.isWindow():
        yield f"{name} title", widget.windowTitle()
    yield f"{name} tooltip", widget.toolTip()
    yield f"{name} accessible name", widget.accessibleName()
    yield f"{name} accessible description", widget.accessibleDescription()
    if isinstance(widget, QLabel | QAbstractButton):
        yield name, widget.text()
    elif isinstance(widget, QLineEdit | QPlainTextEdit):
        yield f"{name} placeholder", widget.placeholderText()
    elif isinstance(widget, QGroupBox):
        yield name, widget.title()
    elif isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield f"{name} item {index}", widget.itemText(index)
    elif isinstance(widget, QSpinBox):
        yield f"{name} suffix", widget.suffix() + widget.prefix()
    elif isinstance(widget, QAbstractSpinBox):
        yield f"{name} special value", widget.specialValueText()
    elif isinstance(widget, QAbstractItemView):
        yield from _view_texts(widget, name)
    if isinstance(widget, QMainWindow):
        for action in widget.menuBar().actions():
            yield from _action_texts(action, f"{name} menu")
        yield f"{name} status bar", widget.statusBar().currentMessage()
    for action in widget.actions():
        yield from _action_texts(action, name)


def english_left(quoted: Iterable[str] = ()) -> list[str]:
    """'where: text' for each visible text of the app that holds an English word."""
    quoted = [quote for quote in quoted if quote]
    found = []
    for widget in QApplication.allWidgets():
        if not widget.isVisible() or widget.objectName().startswith("qt_"):
            continue
        for where, text in _widget_texts(widget):
            plain = _plain(text or "")
            for quote in quoted:
                plain = plain.replace(quote, " ")
            words = english_words(plain)
            if words:
                found.append(f"{where} (window {widget.window().objectName()}): "
                             f"{text!r} -> {words}")
    return sorted(set(found))
