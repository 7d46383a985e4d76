"""The dialog for errors nobody expected: one plain sentence, the report folded away to copy.

Only one is ever open: more errors while it shows are added to its report, not stacked.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class ErrorReporter(QObject):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._parent = parent
        self._box: QMessageBox | None = None
        self._reports: list[str] = []

    def dialog(self) -> QMessageBox | None:
        return self._box if self._box is not None and shiboken6.isValid(self._box) else None

    def show(self, sentence: str, report: str) -> None:
        box = self.dialog()
        if box is not None and box.isVisible():
            self._reports.append(report)
            box.setDetailedText("\n\n".join(self._reports))
            box.setInformativeText(self.tr("%n problem(s) so far.", "", len(self._reports)))
            return
        self._reports = [report]
        box = QMessageBox(QMessageBox.Icon.Warning, "Hailuo Desktop", sentence,
                          QMessageBox.StandardButton.Close, self._parent)
        box.setObjectName("errorDialog")
        box.button(QMessageBox.StandardButton.Close).setObjectName("closeErrorButton")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDetailedText(report)
        copy = box.addButton(self.tr("Copy report"), QMessageBox.ButtonRole.ActionRole)
        copy.setObjectName("copyReportButton")
        copy.clicked.disconnect()  # keep the box open after copying
        copy.clicked.connect(
            lambda: QGuiApplication.clipboard().setText("\n\n".join(self._reports)))
        for button in box.buttons():  # Qt's own "Show Details…" is one of them
            if not button.objectName():
                button.setObjectName("errorDetailsButton")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._box = box
        box.open()  # never exec(): the event loop must keep running
