"""The account's two badges in the status bar: the credits left for Hailuo (a button: it opens
the console's top-up page, or asks for the platform token the balance needs) and whether
Hailuo works at AceData right now (unknown is never shown as healthy)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from ...domain.balance import Balance
from ...domain.pricing import credits_text
from ...domain.service_health import (
    DEGRADED,
    MAJOR_OUTAGE,
    OPERATIONAL,
    PARTIAL_OUTAGE,
    ServiceHealth,
    describe,
)

# (light scheme, dark scheme) colours of the status dot; the words always say it too.
_DOTS = {OPERATIONAL: ("#1e7b34", "#6fd08a"), DEGRADED: ("#8a5300", "#ffb74d"),
         PARTIAL_OUTAGE: ("#b3261e", "#ff8a80"), MAJOR_OUTAGE: ("#b3261e", "#ff8a80")}


def _is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


class BalanceButton(QToolButton):
    topUpRequested = Signal()
    platformTokenRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("balanceLabel")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._needs_token = True
        self.clicked.connect(self._on_clicked)
        self.showBalance(None, self.tr("Add a platform token to see your balance."), False)

    def showBalance(self, balance: Balance | None, sentence: str, has_token: bool) -> None:
        """The balance (None when unknown) and the sentence that explains it or its absence
        ("" while it is being read for the first time)."""
        self._needs_token = not has_token
        if not has_token:
            text = self.tr("Add a platform token to see your balance")
            tip = self.tr("Your balance needs your AceData platform token. Click to add it.")
        elif balance is None and not sentence:
            text = self.tr("Balance: reading…")
            tip = self.tr("Asking AceData for your balance.")
        elif balance is None:
            text = self.tr("Balance unknown")
            tip = self.tr("{sentence} Click to open the AceData console.").format(
                sentence=sentence)
        else:
            amount = balance.effective
            # Short in the status bar, which a small screen shares with a lot; whole in the
            # accessible name and the tooltip.
            text = credits_text(amount, balance.unit)
            tip = self.tr("{sentence} Click to top up in the AceData console.").format(
                sentence=sentence)
            self.setText(text)
            self.setToolTip(tip)
            self.setAccessibleName(self.tr("Balance: {amount}").format(amount=text))
            self.setAccessibleDescription(tip)
            self._tint(has_token)
            return
        self.setText(text)
        self.setToolTip(tip)
        self.setAccessibleName(text)
        self.setAccessibleDescription(tip)
        self._tint(has_token)

    def _tint(self, has_token: bool) -> None:
        # Quiet while there is nothing to show: it is an offer, not a warning.
        role = QPalette.ColorRole.PlaceholderText if not has_token else QPalette.ColorRole.Text
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.ButtonText, self.palette().color(role))
        self.setPalette(palette)

    def _on_clicked(self) -> None:
        (self.platformTokenRequested if self._needs_token else self.topUpRequested).emit()


class ServiceStatusLabel(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("serviceStatusLabel")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._words = {
            OPERATIONAL: self.tr("operational"),
            DEGRADED: self.tr("degraded"),
            PARTIAL_OUTAGE: self.tr("partial outage"),
            MAJOR_OUTAGE: self.tr("major outage"),
        }
        self.showHealth(None)

    def showHealth(self, health: ServiceHealth | None) -> None:
        status = health.status if health is not None else "unknown"
        words = self._words.get(status, self.tr("status unknown"))
        self.setText(f"● {words}")  # "Hailuo" is in the tooltip and the accessible name
        colour = _DOTS.get(status)
        self.setStyleSheet(f"color: {colour[_is_dark(self)]};" if colour else "")
        if health is None:
            tip = self.tr("Hailuo's status at AceData has not been read yet.")
        else:
            tip = describe(health)
            if health.as_of is not None:
                tip = self.tr("{sentence} AceData's status page, as of {time}.").format(
                    sentence=tip, time=datetime.fromtimestamp(health.as_of).strftime("%H:%M"))
        self.setToolTip(tip)
        self.setAccessibleName(self.tr("Service status: {words}").format(words=words))
        self.setAccessibleDescription(tip)
