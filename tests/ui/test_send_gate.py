"""Before paid generations leave the form: the price beside Generate, the balance, the outage
question and the confirmation of several takes, pressed like a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from hailuo_desktop.domain.balance import Balance
from hailuo_desktop.domain.pricing import Price, ServicePricing, price_of
from hailuo_desktop.domain.service_health import (
    DEGRADED,
    MAJOR_OUTAGE,
    PARTIAL_OUTAGE,
    UNKNOWN_HEALTH,
    ServiceHealth,
)
from hailuo_desktop.ui.compose.generate_form import GenerateForm

RULES = ServicePricing((
    {"conditions": {"==": [{"var": "model"}, "minimax-i2v-director"]}, "consumption": 4.0},
    {"conditions": {"==": [{"var": "model"}, "minimax-i2v"]}, "consumption": 3.5},
    {"conditions": {}, "consumption": 1.2},
))
OUTAGE = ServiceHealth(MAJOR_OUTAGE, 1 / 973, 973, 1_800_000_000.0, succeeded=1)


@pytest.fixture
def form(qtbot, event_loop):
    widget = GenerateForm(probe=None)
    qtbot.addWidget(widget)
    widget.gate.setPriceOf(lambda request, takes: price_of(RULES, request.body(), takes))
    widget.refreshPrice()
    widget.show()
    yield widget
    widget.shutdown()


@pytest.fixture
def sent(form):
    requests = []
    form.generateRequested.connect(lambda request, takes, _origin: requests.append(takes))
    return requests


def press(qtbot, form, prompt: str = "a cat on a mat") -> None:
    if not form.promptEdit.toPlainText():
        qtbot.keyClicks(form.promptEdit, prompt)
    qtbot.mouseClick(form.generateButton, Qt.MouseButton.LeftButton)


def question(form, name: str) -> QMessageBox | None:
    """The open question of that name (an answered one may linger until deleted)."""
    return next((box for box in form.findChildren(QMessageBox, name) if box.isVisible()), None)


def answer(qtbot, box: QMessageBox, yes: bool) -> None:
    button = box.findChild(QPushButton, f"{box.objectName()}{'Yes' if yes else 'No'}")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())


def test_the_price_follows_the_model_and_the_takes(form, qtbot):
    label = form.priceLabel
    assert label.objectName() == "priceLabel"
    assert label.text() == "≈ 1.2 credits"
    form.modelCombo.setCurrentIndex(form.modelCombo.findData("minimax-i2v"))
    assert label.text() == "≈ 3.5 credits"
    form.takesSpin.setValue(3)
    assert label.text() == "3 takes ≈ 10.5 credits"
    assert label.accessibleName() == "Price: 3 takes ≈ 10.5 credits"
    assert "3.5 credits for each video" in label.toolTip()


def test_without_rules_the_price_is_unknown_never_guessed(form):
    form.gate.setPriceOf(lambda request, takes: price_of(None, request.body(), takes))
    form.refreshPrice()
    assert form.priceLabel.text() == "price unknown"
    assert "never guesses" in form.priceLabel.toolTip()


def test_one_take_with_a_known_price_goes_without_a_question(form, sent, qtbot):
    press(qtbot, form)
    assert sent == [1] and question(form, "takesConfirmation") is None


def test_several_takes_say_how_many_and_their_price(form, sent, qtbot):
    form.takesSpin.setValue(3)
    press(qtbot, form)
    box = question(form, "takesConfirmation")
    assert box.text() == "This starts 3 paid generations, about 3.6 credits. Start them?"
    assert box.defaultButton().objectName() == "takesConfirmationNo"  # Enter spends nothing
    answer(qtbot, box, yes=False)
    assert sent == []
    press(qtbot, form)
    answer(qtbot, question(form, "takesConfirmation"), yes=True)
    assert sent == [3]


def test_several_takes_at_an_unknown_price_say_so(form, sent, qtbot):
    form.gate.setPriceOf(lambda request, takes: Price(None, takes=takes))
    form.takesSpin.setValue(2)
    press(qtbot, form)
    assert question(form, "takesConfirmation").text() == (
        "This starts 2 paid generations; their price is unknown. Start them?")


def test_a_balance_short_of_all_takes_is_mentioned(form, sent, qtbot):
    form.gate.setBalance(Balance(hailuo=2.0, general=0.0, general_usable=True))
    form.takesSpin.setValue(4)
    press(qtbot, form)
    assert question(form, "takesConfirmation").text().endswith(
        "Your balance (2 credits) may not cover all of them.")


def test_a_balance_below_one_video_stops_it_before_sending(form, sent, qtbot):
    form.gate.setBalance(Balance(hailuo=0.5, general=0.3, general_usable=True))
    press(qtbot, form)
    assert sent == []
    assert form.messageLabel.text() == (
        "Your Hailuo balance is 0.8 credits, less than one video costs (1.2 credits). Top up "
        "in the AceData console (click the balance below), then try again.")
    form.gate.setBalance(Balance(hailuo=0.5, general=30.0, general_usable=True))
    press(qtbot, form)
    assert sent == [1]


def test_after_used_up_the_next_press_says_so_and_the_one_after_sends(form, sent, qtbot):
    form.gate.noteUsedUp()
    press(qtbot, form)
    assert sent == [] and "used up" in form.messageLabel.text()
    press(qtbot, form)
    assert sent == [1]


def test_a_new_balance_replaces_what_used_up_said(form, sent, qtbot):
    form.gate.noteUsedUp()
    form.gate.setBalance(Balance(hailuo=50.0, general=0.0, general_usable=True))
    press(qtbot, form)
    assert sent == [1]
    form.gate.noteUsedUp()
    form.gate.setBalance(Balance(hailuo=0.0, general=0.0, general_usable=True))
    press(qtbot, form)
    assert sent == [1] and "balance is 0 credits" in form.messageLabel.text()


@pytest.mark.parametrize("status", [MAJOR_OUTAGE, PARTIAL_OUTAGE])
def test_an_outage_is_asked_about_once_per_session(form, sent, qtbot, status):
    form.gate.setHealth(ServiceHealth(status, 1 / 973, 973, 1_800_000_000.0, succeeded=1))
    press(qtbot, form)
    box = question(form, "outageQuestion")
    assert box is not None and sent == []
    words = "a major outage" if status == MAJOR_OUTAGE else "a partial outage"
    assert box.text() == (f"AceData's status page shows Hailuo in {words}: 1 of 973 requests "
                          "succeeded in the last 24 hours. Generate anyway?")
    assert box.windowModality() == Qt.WindowModality.WindowModal  # open(), never exec()
    answer(qtbot, box, yes=False)
    assert sent == []
    press(qtbot, form)  # not agreed to yet: asked again
    answer(qtbot, question(form, "outageQuestion"), yes=True)
    assert sent == [1]
    press(qtbot, form)
    assert question(form, "outageQuestion") is None and sent == [1, 1]

    form.gate.newSession()
    form.gate.setHealth(OUTAGE)
    press(qtbot, form)
    assert question(form, "outageQuestion") is not None


@pytest.mark.parametrize("health", [UNKNOWN_HEALTH,
                                    ServiceHealth(DEGRADED, 0.85, 100, 1_800_000_000.0)])
def test_no_question_without_an_outage(form, sent, qtbot, health):
    form.gate.setHealth(health)
    press(qtbot, form)
    assert sent == [1] and question(form, "outageQuestion") is None


def test_an_outage_then_several_takes_asks_both_in_turn(form, sent, qtbot):
    form.gate.setHealth(OUTAGE)
    form.takesSpin.setValue(2)
    press(qtbot, form)
    answer(qtbot, question(form, "outageQuestion"), yes=True)
    assert sent == []
    answer(qtbot, question(form, "takesConfirmation"), yes=True)
    assert sent == [2]


def test_presses_while_a_question_is_open_send_nothing_more(form, sent, qtbot):
    form.takesSpin.setValue(2)
    press(qtbot, form)
    press(qtbot, form)
    form.requestGenerate()
    answer(qtbot, question(form, "takesConfirmation"), yes=True)
    assert sent == [2]
