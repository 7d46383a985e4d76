"""The price beside Generate: what this exact request costs by the service's published rules,
for the number of takes asked for, or "price unknown" (never a guess)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...domain.pricing import Price, credits_text, format_price


class PriceLabel(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("priceLabel")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # "3 takes ≈ 10.5 credits" folds onto two lines rather than widen the form, which on a
        # 1024-pixel screen would push the window past the screen's edge.
        self.setWordWrap(True)
        self.showPrice(Price(None))

    def showPrice(self, price: Price) -> None:
        if price.amount is None or price.each is None:
            text = self.tr("price unknown")
            tip = self.tr("The price can't be worked out now: AceData's price rules could not "
                          "be read, or none fits this request. The app never guesses; AceData "
                          "charges by its own rules.")
        else:
            one = format_price(Price(price.amount, price.unit))
            text = one if price.takes == 1 else self.tr("%n take(s) {price}", "",
                                                        price.takes).format(price=one)
            each = credits_text(price.each, price.unit)
            tip = self.tr("By AceData's published price rules: {each} for each video, charged "
                          "only when it is made.").format(each=each)
        self.setText(text)
        self.setToolTip(tip)
        self.setAccessibleName(self.tr("Price: {text}").format(text=text))
        self.setAccessibleDescription(tip)
        self.setProperty("unknown", price.amount is None)
