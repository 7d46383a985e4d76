"""What stands between a press of Generate and paid generations leaving: the balance, the
service's health, and how many takes.

In order, before anything is sent:
1. a balance known to be below the price of one generation (or a `used_up` answer not yet
   followed by a new balance) stops it with a sentence;
2. while AceData's status page shows a partial or major outage, a question, once per session
   (until answered with "Generate anyway");
3. several takes are confirmed with their number and price.
Questions are dialogs opened with `open()`; the request goes on (`approved`) only from their
answer. One take with a known price needs no question: its price is beside the button.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain.balance import Balance
from ...domain.pricing import Price, credits_text
from ...domain.service_health import UNKNOWN_HEALTH, ServiceHealth, outage_question
from ...domain.task import GenerationRequest

PriceOf = Callable[[GenerationRequest, int], Price]


class SendGate(QObject):
    approved = Signal(object, int, object)  # GenerationRequest, takes, origin (dict)
    refused = Signal(str)                   # one sentence: why nothing was sent

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._parent = parent
        self._price_of: PriceOf | None = None
        self._balance: Balance | None = None
        self._health = UNKNOWN_HEALTH
        self._outage_accepted = False
        self._used_up = False
        self._question: QMessageBox | None = None

    # --- what the gate knows (the app tells it) --------------------------------------------
    def setPriceOf(self, price_of: PriceOf | None) -> None:
        self._price_of = price_of

    def price(self, request: GenerationRequest, takes: int) -> Price:
        if self._price_of is None:
            return Price(None, takes=takes)
        return self._price_of(request, takes)

    def setBalance(self, balance: Balance | None) -> None:
        if balance is not None:
            self._used_up = False  # a balance read after the refusal knows better
        self._balance = balance

    def setHealth(self, health: ServiceHealth) -> None:
        self._health = health

    def noteUsedUp(self) -> None:
        """A generate was refused for lack of credits: until a balance is read again (the app
        asks for one at once), the next press says so first."""
        self._used_up = True

    def newSession(self) -> None:
        """Another account (or the demo): its outage answer and balance are its own."""
        self._outage_accepted = False
        self._used_up = False
        self._balance = None
        self._health = UNKNOWN_HEALTH
        self._close_question()

    def isAsking(self) -> bool:
        return self._question is not None and shiboken6.isValid(self._question) \
            and self._question.isVisible()

    # --- a press of Generate ---------------------------------------------------------------
    def request(self, request: GenerationRequest, takes: int = 1,
                origin: dict | None = None) -> None:
        if self.isAsking():
            return  # the open question answers for this press
        origin = origin or {}
        problem = self._money_problem(request)
        if problem:
            self.refused.emit(problem)
            return
        self._ask_about_outage(request, takes, origin)

    def _money_problem(self, request: GenerationRequest) -> str | None:
        one = self.price(request, 1)
        balance = self._balance
        if balance is not None and one.amount is not None and balance.effective < one.amount:
            return self.tr(
                "Your Hailuo balance is {balance}, less than one video costs ({price}). Top "
                "up in the AceData console (click the balance below), then try again.").format(
                balance=credits_text(balance.effective, balance.unit),
                price=credits_text(one.amount, one.unit))
        if self._used_up:
            self._used_up = False  # said once; the next press sends
            return self.tr(
                "AceData said your balance was used up at the last try. Top up in the console, "
                "then press Generate again.")
        return None

    def _ask_about_outage(self, request: GenerationRequest, takes: int, origin: dict) -> None:
        question = outage_question(self._health)
        if question is None or self._outage_accepted:
            self._confirm_takes(request, takes, origin)
            return

        def accepted() -> None:
            self._outage_accepted = True
            self._confirm_takes(request, takes, origin)

        self._ask("outageQuestion", self.tr("Hailuo is having trouble"), question,
                  self.tr("Generate anyway"), accepted)

    def _confirm_takes(self, request: GenerationRequest, takes: int, origin: dict) -> None:
        if takes <= 1:
            self.approved.emit(request, 1, origin)
            return
        price = self.price(request, takes)
        balance = self._balance
        if price.amount is None:
            text = self.tr("This starts %n paid generation(s); their price is unknown. Start "
                           "them?", "", takes)
        elif balance is not None and balance.effective < price.amount:
            text = self.tr("This starts %n paid generation(s), about {price}. Start them? "
                           "Your balance ({balance}) may not cover all of them.", "",
                           takes).format(price=credits_text(price.amount, price.unit),
                                         balance=credits_text(balance.effective, balance.unit))
        else:
            text = self.tr("This starts %n paid generation(s), about {price}. Start them?", "",
                           takes).format(price=credits_text(price.amount, price.unit))
        self._ask("takesConfirmation", self.tr("Start %n video(s)?", "", takes), text,
                  self.tr("Start %n video(s)", "", takes),
                  lambda: self.approved.emit(request, takes, origin))

    # --- the dialog ------------------------------------------------------------------------
    def _ask(self, name: str, title: str, text: str, yes: str, on_yes: Callable[[], None]
             ) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.NoButton, self._parent)
        box.setObjectName(name)
        box.setTextFormat(Qt.TextFormat.PlainText)
        go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        go.setObjectName(f"{name}Yes")
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName(f"{name}No")
        box.setDefaultButton(cancel)  # Enter never spends by surprise
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        go.clicked.connect(on_yes)
        self._question = box
        box.open()  # never exec(): the event loop keeps running

    def _close_question(self) -> None:
        if self.isAsking():
            self._question.reject()
        self._question = None
