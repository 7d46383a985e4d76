"""The account's widgets driven like a user: the balance and status badges, the platform token's
dialog and its part of Settings, the Spend view."""

from __future__ import annotations

import pytest
from fakes import Clock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QMessageBox, QPushButton

from hailuo_desktop.domain.acedata import PLATFORM_TOKENS_PAGE
from hailuo_desktop.domain.balance import Balance, describe
from hailuo_desktop.domain.service_health import (
    DEGRADED,
    MAJOR_OUTAGE,
    OPERATIONAL,
    UNKNOWN_HEALTH,
    ServiceHealth,
)
from hailuo_desktop.domain.settings import Settings
from hailuo_desktop.services.token_check import TokenCheck
from hailuo_desktop.ui.account.settings_dialog import SettingsDialog
from hailuo_desktop.ui.account.spend_view import SpendSummary, SpendView
from hailuo_desktop.ui.account.status_widgets import BalanceButton, ServiceStatusLabel
from hailuo_desktop.ui.account.welcome_dialog import WelcomeDialog, platform_token_texts

NOW = Clock().now


@pytest.fixture
def balance(qtbot):
    button = BalanceButton()
    qtbot.addWidget(button)
    button.show()
    return button


def test_without_a_platform_token_the_balance_offers_to_add_one(qtbot, balance):
    balance.showBalance(None, "Add a platform token to see your balance.", False)
    assert balance.text() == "Add a platform token to see your balance"
    with qtbot.waitSignal(balance.platformTokenRequested):
        qtbot.mouseClick(balance, Qt.MouseButton.LeftButton)


def test_the_balance_says_what_is_left_and_opens_the_top_up_page(qtbot, balance):
    left = Balance(hailuo=12.5, general=80.0, general_usable=True)
    balance.showBalance(left, describe(left), True)
    assert balance.text() == "92.5 credits"  # short: the status bar is shared
    assert balance.accessibleName() == "Balance: 92.5 credits"
    assert balance.toolTip().startswith(describe(left)) and "top up" in balance.toolTip()
    with qtbot.waitSignal(balance.topUpRequested):
        qtbot.keyClick(balance, Qt.Key.Key_Space)  # the keyboard works too


def test_the_balance_while_it_is_read_and_when_it_cannot_be(balance):
    balance.showBalance(None, "", True)
    assert balance.text() == "Balance: reading…"
    balance.showBalance(None, "AceData did not accept your platform token.", True)
    assert balance.text() == "Balance unknown"
    assert balance.toolTip().startswith("AceData did not accept your platform token.")


@pytest.mark.parametrize("status, words", [
    (OPERATIONAL, "operational"), (DEGRADED, "degraded"), (MAJOR_OUTAGE, "major outage")])
def test_the_status_badge_says_the_state_in_words(qtbot, status, words):
    label = ServiceStatusLabel()
    qtbot.addWidget(label)
    label.showHealth(ServiceHealth(status, 0.5, 10, NOW, succeeded=5))
    assert label.text() == f"● {words}"
    assert label.accessibleName() == f"Service status: {words}"
    assert "5 of 10 requests succeeded" in label.toolTip()


def test_unknown_is_said_as_unknown(qtbot):
    label = ServiceStatusLabel()
    qtbot.addWidget(label)
    assert label.text() == "● status unknown"
    label.showHealth(UNKNOWN_HEALTH)
    assert label.text() == "● status unknown" and label.styleSheet() == ""
    assert label.toolTip().startswith("Hailuo's status is unknown")
    assert "unknown" in label.toolTip()


# --- the platform token ----------------------------------------------------------------------


def test_the_platform_token_dialog_says_what_it_unlocks_and_risks(qtbot, event_loop,
                                                                 opened_urls):
    checked = []

    async def checker(token: str) -> TokenCheck:
        checked.append(token)
        return TokenCheck(True, "Your platform token works (ann@example.com).")

    dialog = WelcomeDialog(checker, "the system keychain", first_run=False,
                           texts=platform_token_texts())
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.windowTitle() == "Add a platform token"
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "upload pictures from this computer" in texts and "balance" in texts
    assert "spend your credits" in texts  # said plainly
    assert not dialog.findChild(QPushButton, "tryDemoButton").isVisible()
    edit = dialog.findChild(QLineEdit, "platformTokenEdit")
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    assert edit.accessibleName() == "Platform token"
    qtbot.mouseClick(dialog.findChild(QPushButton, "openConsoleButton"),
                     Qt.MouseButton.LeftButton)
    assert [url.toString() for url in opened_urls] == [PLATFORM_TOKENS_PAGE]
    qtbot.keyClicks(edit, "platform-v1-" + "ab" * 32)
    qtbot.mouseClick(dialog.findChild(QPushButton, "checkTokenButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "works" in dialog.resultLabel.text())
    assert checked == ["platform-v1-" + "ab" * 32]
    dialog.reject()


@pytest.fixture
def settings_dialog(qtbot, event_loop):
    async def folder_ok(_folder):
        return None, True

    dialog = SettingsDialog(Settings(), "the system keychain", False, True,
                            folder_checker=folder_ok)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_settings_has_the_platform_token_part(qtbot, settings_dialog):
    section = settings_dialog.platformSection
    assert "spend money on your whole AceData account" in section.findChild(
        QLabel, "platformTokenAbout").text()
    section.setToken("the system keychain", from_env=False, has_token=False)
    assert section.addButton.text() == "Add platform token…"
    assert not section.removeButton.isEnabled() and not section.checkButton.isEnabled()
    with qtbot.waitSignal(section.addRequested):
        qtbot.mouseClick(section.addButton, Qt.MouseButton.LeftButton)

    section.setToken("the system keychain", from_env=True, has_token=True)
    assert section.findChild(QLabel, "platformTokenEnvLabel").isVisibleTo(section)
    assert not section.addButton.isEnabled() and not section.removeButton.isEnabled()
    with qtbot.waitSignal(section.checkRequested):
        qtbot.mouseClick(section.checkButton, Qt.MouseButton.LeftButton)
    assert section.checkButton.text() == "Checking…"
    section.showCheck(TokenCheck(False, "AceData did not accept this platform token."))
    assert section.checkLabel.text() == "✗ AceData did not accept this platform token."


def test_removing_the_platform_token_asks_first(qtbot, settings_dialog):
    section = settings_dialog.platformSection
    section.setToken("the system keychain", from_env=False, has_token=True)
    removed = []
    section.removeRequested.connect(lambda: removed.append(True))
    qtbot.mouseClick(section.removeButton, Qt.MouseButton.LeftButton)
    box = section.findChild(QMessageBox, "removePlatformTokenConfirm")
    assert box.isVisible() and removed == []
    remove = next(b for b in box.buttons() if b.text() == "Remove platform token")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert removed == [True]


# --- spend -----------------------------------------------------------------------------------


def test_the_spend_view_shows_totals_and_asks_where_to_export(qtbot):
    view = SpendView()
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(view)
    view.open()
    assert view.totalLabel.text() == "No charges found yet"
    view.showSpend(SpendSummary([("2026-11-01", 3.0), ("2026-11-02", 7.5)],
                                [("Image → Video", 7.5), ("Text → Video", 3.0)], 3,
                                "Add a platform token to see what each video cost."))
    assert view.totalLabel.text() == "10.5 credits spent on 3 videos"
    assert view.byDay.rowCount() == 2 and view.byDay.item(1, 1).text() == "7.5"
    assert view.byModel.item(0, 0).text() == "Image → Video"
    assert "platform token" in view.noteLabel.text()
    with qtbot.waitSignal(view.refreshRequested):
        qtbot.mouseClick(view.refreshButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.exportButton, Qt.MouseButton.LeftButton)
    chooser = view.findChild(QFileDialog, "spendExportDialog")
    assert chooser.isVisible() and chooser.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    chooser.reject()
    view.reject()
