"""The dialog for unexpected errors: a plain sentence, and the report folded away to copy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def show_error(parent: QWidget, sentence: str, report: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "Hailuo Desktop", sentence,
                      QMessageBox.StandardButton.Close, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText(report)
    copy = box.addButton("Copy report", QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()  # keep the box open after copying
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(report))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # never exec(): the event loop must keep running
