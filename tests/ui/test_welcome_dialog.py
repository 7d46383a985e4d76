"""The first-run welcome dialog, driven with real typing and clicks."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPushButton

from hailuo_desktop.domain.acedata import CONSOLE_URL
from hailuo_desktop.services.token_check import (
    NOT_FOR_HAILUO,
    UNREACHABLE,
    WORKS,
    WRONG,
    TokenCheck,
)
from hailuo_desktop.ui.account.welcome_dialog import WelcomeDialog

TOKEN = "sk-welcome-3f9a2c"


class FakeChecker:
    """Answers what the test says; `hold()` keeps the next check waiting until `release()`."""

    def __init__(self):
        self.answer = TokenCheck(True, WORKS)
        self.tokens: list[str] = []
        self.cancelled = 0
        self._gate: asyncio.Event | None = None

    def hold(self) -> None:
        self._gate = asyncio.Event()

    def release(self) -> None:
        assert self._gate is not None
        self._gate.set()

    async def __call__(self, token: str) -> TokenCheck:
        self.tokens.append(token)
        try:
            if self._gate is not None:
                await self._gate.wait()
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        return self.answer


@pytest.fixture
def checker():
    return FakeChecker()


@pytest.fixture
def dialog(qtbot, event_loop, checker):
    widget = WelcomeDialog(checker, storage_description="a private file on this computer "
                                                        "(not encrypted)")
    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # the test reads it after
    qtbot.addWidget(widget)
    widget.open()
    qtbot.waitExposed(widget)
    return widget


def edit(dialog) -> QLineEdit:
    return dialog.findChild(QLineEdit, "welcomeTokenEdit")


def button(dialog, name: str) -> QPushButton:
    return dialog.findChild(QPushButton, name)


def click(qtbot, dialog, name: str) -> None:
    qtbot.mouseClick(button(dialog, name), Qt.MouseButton.LeftButton)


def result_text(dialog) -> str:
    return dialog.resultLabel.text()


def test_nothing_typed_nothing_to_save_or_check(dialog):
    assert not button(dialog, "saveTokenButton").isEnabled()
    assert not button(dialog, "checkTokenButton").isEnabled()
    assert edit(dialog).echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.resultLabel.isVisible()


def paste(qtbot, dialog, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    edit(dialog).setFocus()
    qtbot.keyClick(edit(dialog), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_surrounding_spaces_are_trimmed_on_save(dialog, qtbot):
    qtbot.keyClicks(edit(dialog), f"   {TOKEN}  ")
    assert button(dialog, "saveTokenButton").isEnabled()
    assert not dialog.resultLabel.isVisible()
    with qtbot.waitSignal(dialog.tokenSaved) as saved:
        click(qtbot, dialog, "saveTokenButton")
    assert saved.args == [TOKEN]
    assert not dialog.isVisible()


def test_enter_saves(dialog, qtbot):
    qtbot.keyClicks(edit(dialog), TOKEN)
    with qtbot.waitSignal(dialog.tokenSaved) as saved:
        qtbot.keyClick(edit(dialog), Qt.Key.Key_Return)
    assert saved.args == [TOKEN]


def test_enter_with_nothing_typed_neither_saves_nor_starts_the_demo(dialog, qtbot):
    events = []
    dialog.tokenSaved.connect(lambda t: events.append(("saved", t)))
    dialog.demoChosen.connect(lambda: events.append(("demo",)))
    qtbot.keyClick(edit(dialog), Qt.Key.Key_Return)
    assert events == []
    assert dialog.isVisible()


def test_a_pasted_line_break_around_the_token_is_trimmed(dialog, qtbot):
    paste(qtbot, dialog, f"\n  {TOKEN}\r\n")
    assert button(dialog, "saveTokenButton").isEnabled()
    with qtbot.waitSignal(dialog.tokenSaved) as saved:
        click(qtbot, dialog, "saveTokenButton")
    assert saved.args == [TOKEN]


def test_a_pasted_line_break_inside_is_refused_with_a_sentence(dialog, qtbot):
    paste(qtbot, dialog, "sk-first-half\nsecond-half")
    assert edit(dialog).text() == "sk-first-half\nsecond-half"
    assert not button(dialog, "saveTokenButton").isEnabled()
    assert not button(dialog, "checkTokenButton").isEnabled()
    assert dialog.resultLabel.isVisible()
    assert "Tokens have no spaces inside" in result_text(dialog)


def test_a_space_inside_is_refused(dialog, qtbot):
    qtbot.keyClicks(edit(dialog), "sk-abc def")
    assert not button(dialog, "saveTokenButton").isEnabled()
    assert "no spaces inside" in result_text(dialog)
    # Fixing it clears the sentence.
    qtbot.keyClick(edit(dialog), Qt.Key.Key_Backspace)
    qtbot.keyClick(edit(dialog), Qt.Key.Key_Backspace)
    qtbot.keyClick(edit(dialog), Qt.Key.Key_Backspace)
    qtbot.keyClick(edit(dialog), Qt.Key.Key_Backspace)
    assert edit(dialog).text() == "sk-abc"
    assert button(dialog, "saveTokenButton").isEnabled()
    assert not dialog.resultLabel.isVisible()


def test_an_invisible_character_is_refused(dialog, qtbot):
    paste(qtbot, dialog, "sk-abc\u200bdef")  # a zero-width space, as copied from a web page
    assert not button(dialog, "saveTokenButton").isEnabled()
    assert "invisible or unusual character" in result_text(dialog)


@pytest.mark.parametrize(("answer", "tone"), [
    (TokenCheck(True, WORKS), "✓ "),
    (TokenCheck(False, WRONG), "✗ "),
    (TokenCheck(False, NOT_FOR_HAILUO), "✗ "),
    (TokenCheck(False, UNREACHABLE), "✗ "),
])
def test_check_shows_each_result(dialog, qtbot, checker, answer, tone):
    checker.answer = answer
    checker.hold()
    qtbot.keyClicks(edit(dialog), f" {TOKEN} ")
    click(qtbot, dialog, "checkTokenButton")
    check = button(dialog, "checkTokenButton")
    assert not check.isEnabled()
    assert check.text() == "Checking…"
    checker.release()
    qtbot.waitUntil(lambda: check.isEnabled())
    assert checker.tokens == [TOKEN]
    assert check.text() == "Check"
    assert result_text(dialog) == tone + answer.sentence
    assert dialog.resultLabel.textFormat() == Qt.TextFormat.PlainText
    colour = dialog.resultLabel.styleSheet()
    assert ("#1e7b34" in colour) == answer.ok


def test_typing_during_a_check_cancels_it(dialog, qtbot, checker):
    checker.hold()
    qtbot.keyClicks(edit(dialog), TOKEN)
    click(qtbot, dialog, "checkTokenButton")
    qtbot.waitUntil(lambda: checker.tokens == [TOKEN])
    qtbot.keyClicks(edit(dialog), "x")
    qtbot.waitUntil(lambda: checker.cancelled == 1)
    assert not dialog.checkRunning()
    assert button(dialog, "checkTokenButton").isEnabled()
    assert button(dialog, "checkTokenButton").text() == "Check"
    assert not dialog.resultLabel.isVisible()


def test_closing_cancels_a_running_check(dialog, qtbot, checker):
    checker.hold()
    qtbot.keyClicks(edit(dialog), TOKEN)
    click(qtbot, dialog, "checkTokenButton")
    qtbot.waitUntil(lambda: checker.tokens == [TOKEN])
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: checker.cancelled == 1)


def test_a_check_that_crashes_goes_to_the_error_sink(dialog, qtbot, event_loop):
    reported = []
    event_loop.set_exception_handler(lambda _loop, context: reported.append(context))

    async def broken(_token: str) -> TokenCheck:
        raise RuntimeError("bug in the checker")

    dialog._checker = broken
    qtbot.keyClicks(edit(dialog), TOKEN)
    click(qtbot, dialog, "checkTokenButton")
    qtbot.waitUntil(lambda: bool(reported))
    assert isinstance(reported[0]["exception"], RuntimeError)
    assert button(dialog, "checkTokenButton").isEnabled()
    assert "could not run" in result_text(dialog)


def test_try_the_demo_emits_and_closes(dialog, qtbot):
    with qtbot.waitSignal(dialog.demoChosen):
        click(qtbot, dialog, "tryDemoButton")
    assert not dialog.isVisible()


def test_show_reveals_the_token_and_hide_masks_it_again(dialog, qtbot):
    click(qtbot, dialog, "showTokenButton")
    assert edit(dialog).echoMode() == QLineEdit.EchoMode.Normal
    assert button(dialog, "showTokenButton").text() == "Hide"
    click(qtbot, dialog, "showTokenButton")
    assert edit(dialog).echoMode() == QLineEdit.EchoMode.Password


def test_the_console_button_opens_the_console(dialog, qtbot, opened_urls):
    click(qtbot, dialog, "openConsoleButton")
    assert [url.toString() for url in opened_urls] == [CONSOLE_URL]


def test_where_the_token_will_be_kept_is_said(dialog):
    texts = [label.text() for label in dialog.findChildren(type(dialog.resultLabel))]
    assert ("Your token will be kept in a private file on this computer (not encrypted)."
            in texts)


def test_change_mode_has_no_demo_button(qtbot, event_loop, checker):
    widget = WelcomeDialog(checker, first_run=False)
    qtbot.addWidget(widget)
    widget.open()
    assert widget.windowTitle() == "Change your token"
    assert not button(widget, "tryDemoButton").isVisible()
    widget.reject()
