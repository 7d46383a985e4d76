"""The Spend view: what the videos of this session's account cost, by day and by model, from
AceData's spend log (matched to each task by its trace id), with a CSV export.

It shows what the app gives it (`showSpend`) and asks for the rest: a refresh, and the CSV
written to the file the user picks (the app writes it, off the UI thread).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.pricing import credits_text, format_amount
from .welcome_dialog import plain_label, show_tone


@dataclass(frozen=True)
class SpendSummary:
    by_day: list[tuple[str, float]]     # ("2026-11-02", credits), oldest first
    by_model: list[tuple[str, float]]   # (model name, credits), most first
    charged: int                        # videos with a charge
    sentence: str = ""                  # why some costs are not known, or ""

    @property
    def total(self) -> float:
        return sum(amount for _, amount in self.by_day)


def _table(name: str, headers: list[str], accessible: str) -> QTableWidget:
    table = QTableWidget(0, 2)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, float]]) -> None:
    table.setRowCount(len(rows))
    for row, (label, amount) in enumerate(rows):
        table.setItem(row, 0, QTableWidgetItem(label))
        figure = QTableWidgetItem(format_amount(amount))
        figure.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, 1, figure)


def _titled(text: str, table: QTableWidget) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    label = QLabel(text)
    label.setObjectName("sectionLabel")
    label.setBuddy(table)
    column.addWidget(label)
    column.addWidget(table)
    return box


class SpendView(QDialog):
    refreshRequested = Signal()
    exportRequested = Signal(str)  # the CSV file chosen

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("spendDialog")
        self.setWindowTitle(self.tr("Spend"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.totalLabel = plain_label(object_name="spendTotalLabel")
        self.totalLabel.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.noteLabel = plain_label(object_name="spendNoteLabel")
        explain = plain_label(self.tr(
            "From AceData's spend log: each video is matched to its charge by its trace id. "
            "Failed videos are not charged."), "hintLabel")
        credits = self.tr("Credits")
        self.byDay = _table("spendByDay", [self.tr("Day"), credits],
                            self.tr("Credits spent by day"))
        self.byModel = _table("spendByModel", [self.tr("Model"), credits],
                              self.tr("Credits spent by model"))
        tables = QHBoxLayout()
        tables.addWidget(_titled(self.tr("By &day"), self.byDay), 1)
        tables.addWidget(_titled(self.tr("By &model"), self.byModel), 1)

        self.refreshButton = QPushButton(self.tr("Refresh"))
        self.refreshButton.setObjectName("spendRefreshButton")
        self.refreshButton.setToolTip(self.tr("Ask AceData's spend log again."))
        self.refreshButton.clicked.connect(self.refreshRequested)
        self.exportButton = QPushButton(self.tr("Export CSV…"))
        self.exportButton.setObjectName("spendExportButton")
        self.exportButton.setToolTip(self.tr("Save one line per video, with its cost, for a "
                                             "spreadsheet."))
        self.exportButton.clicked.connect(self._ask_where)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("spendCloseButton")
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refreshButton)
        buttons.addWidget(self.exportButton)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.totalLabel)
        layout.addWidget(explain)
        layout.addWidget(self.noteLabel)
        layout.addLayout(tables, 1)
        layout.addLayout(buttons)
        self.resize(620, 420)
        self.showSpend(SpendSummary([], [], 0))

    def showSpend(self, summary: SpendSummary) -> None:
        if summary.charged:
            total = self.tr("{credits} spent on %n video(s)", "", summary.charged).format(
                credits=credits_text(summary.total))
        else:
            total = self.tr("No charges found yet")
        self.totalLabel.setText(total)
        self.totalLabel.setAccessibleName(total)
        show_tone(self.noteLabel, "bad" if summary.sentence else "neutral", summary.sentence)
        _fill(self.byDay, summary.by_day)
        _fill(self.byModel, summary.by_model)
        self.refreshButton.setEnabled(True)

    def showExported(self, sentence: str, ok: bool) -> None:
        show_tone(self.noteLabel, "good" if ok else "bad", sentence)

    def _ask_where(self) -> None:
        chooser = QFileDialog(self, self.tr("Export the spend as CSV"), "hailuo-spend.csv",
                              self.tr("CSV file (*.csv)"))
        chooser.setObjectName("spendExportDialog")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setDefaultSuffix("csv")
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.fileSelected.connect(self.exportRequested)
        chooser.open()
