"""First run: where to get a token, a place to paste it, a Check, and a way out to the demo.
The same dialog, with other words (`TokenTexts`), asks for the platform token when a feature
needs it (`platform_token_texts`).

Opened with open(), never exec(). The check runs as a task this dialog owns; closing the dialog
cancels it, and a result that arrives after that is dropped, never drawn into a dead widget.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.acedata import CONSOLE_URL, PLATFORM_TOKENS_PAGE
from ...domain.i18n import Context
from ...domain.tokens import token_problem
from ...services.token_check import TokenCheck

Checker = Callable[[str], Awaitable[TokenCheck]]


Welcome = Context("Welcome")


@dataclass(frozen=True)
class TokenTexts:
    """What the dialog says about the token it asks for."""

    title: str
    heading: str
    intro: str
    steps: str
    console_label: str
    console_url: str
    edit_name: str
    accessible_name: str
    warning: str = ""  # what the token can do, said plainly


def api_token_texts(first_run: bool) -> TokenTexts:
    return TokenTexts(
        title=Welcome.tr("Welcome to Hailuo Desktop") if first_run
        else Welcome.tr("Change your token"),
        heading=Welcome.tr("Connect your AceData Cloud account"),
        intro=Welcome.tr("Hailuo Desktop makes videos with the Hailuo models through AceData "
                         "Cloud. It needs an API token from your account:"),
        steps=Welcome.tr("1.  Open the AceData Cloud console and sign in.\n"
                         "2.  Go to Applications and copy a token (a global token, or one for "
                         "Hailuo).\n"
                         "3.  Paste it below, press Check, then Save."),
        console_label=Welcome.tr("Open the AceData Cloud console"),
        console_url=CONSOLE_URL,
        edit_name="welcomeTokenEdit",
        accessible_name=Welcome.tr("API token"),
        warning=Welcome.tr("Later, for pictures from your computer, your balance and what each "
                           "video cost, the app may ask for a second, optional secret: a platform "
                           "token. It can spend money on your whole account, so it is asked for "
                           "only then."),
    )


def platform_token_texts() -> TokenTexts:
    return TokenTexts(
        title=Welcome.tr("Add a platform token"),
        heading=Welcome.tr("Your AceData platform token"),
        intro=Welcome.tr("A platform token lets the app upload pictures from this computer, show "
                         "your balance and what each video cost. It is optional: without it, paste "
                         "links to pictures instead."),
        steps=Welcome.tr("1.  Open the platform tokens page of the AceData console and sign in.\n"
                         "2.  Create a token (it starts with platform-v1-) and copy it.\n"
                         "3.  Paste it below, press Check (it costs nothing), then Save."),
        console_label=Welcome.tr("Open the platform tokens page"),
        console_url=PLATFORM_TOKENS_PAGE,
        edit_name="platformTokenEdit",
        accessible_name=Welcome.tr("Platform token"),
        warning=Welcome.tr("Keep it private: a platform token works like your password for the "
                           "whole AceData account. It can spend your credits and buy more. The app "
                           "uses it only to upload pictures and read your balance and spending."),
    )

# (light palette, dark palette): dark enough on white, light enough on near-black.
_TONES = {"good": ("#1e7b34", "#6fd08a"), "bad": ("#b3261e", "#ff8a80")}
_SIGNS = {"good": "✓ ", "bad": "✗ ", "neutral": ""}


def plain_label(text: str = "", object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # service text is never markup
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    return label


def show_tone(label: QLabel, tone: str, sentence: str) -> None:
    """Show `sentence` with a sign (colour is never the only cue) in a colour for the palette."""
    label.setText(_SIGNS[tone] + sentence if sentence else "")
    label.setVisible(bool(sentence))
    if tone in _TONES:
        dark = label.palette().color(QPalette.ColorRole.Window).lightness() < 128
        label.setStyleSheet(f"color: {_TONES[tone][dark]};")
    else:
        label.setStyleSheet("")
    grow_to_fit(label.window())


def grow_to_fit(window: QWidget) -> None:
    """Make a window tall enough for its wrapped labels at its current width.

    Qt sizes a window from width-independent hints, so a sentence that wraps onto a second
    line squeezes its neighbours instead of growing the window. Only ever grows: a window that
    shrank back as messages come and go would jump under the pointer.
    """
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    needed = (layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth()
              else layout.totalSizeHint().height())
    if needed > window.height():
        window.resize(window.width(), needed)


class WelcomeDialog(QDialog):
    tokenSaved = Signal(str)   # the trimmed token
    demoChosen = Signal()

    def __init__(self, checker: Checker, storage_description: str = "",
                 first_run: bool = True, parent: QWidget | None = None,
                 texts: TokenTexts | None = None):
        super().__init__(parent)
        texts = texts or api_token_texts(first_run)
        self._checker = checker
        self._check_job: asyncio.Future[TokenCheck] | None = None
        self._closed = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(texts.title)

        heading = plain_label(texts.heading, "welcomeHeading")
        heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        intro = plain_label(texts.intro)
        steps = plain_label(texts.steps)
        console = QPushButton(texts.console_label)
        console.setObjectName("openConsoleButton")
        console.setToolTip(texts.console_url)
        console.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(texts.console_url)))
        warning = plain_label(texts.warning, "tokenWarningLabel")
        warning.setVisible(bool(texts.warning))

        self.tokenEdit = QLineEdit()
        self.tokenEdit.setObjectName(texts.edit_name)
        self.tokenEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.tokenEdit.setPlaceholderText(self.tr("Paste your token here"))
        self.tokenEdit.setAccessibleName(texts.accessible_name)
        self.tokenEdit.textChanged.connect(self._on_text_changed)
        self.showButton = QPushButton(self.tr("Show"))
        self.showButton.setObjectName("showTokenButton")
        self.showButton.setCheckable(True)
        self.showButton.toggled.connect(self._on_show_toggled)
        self.showButton.setAccessibleName(self.tr("Show the token"))
        self.resultLabel = plain_label(object_name="tokenResultLabel")
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        storage = plain_label(self.tr("Your token will be kept in {where}.").format(
            where=storage_description) if storage_description else "", "hintLabel")
        storage.setVisible(bool(storage_description))

        self.demoButton = QPushButton(self.tr("Try the demo instead"))
        self.demoButton.setObjectName("tryDemoButton")
        self.demoButton.setToolTip(self.tr("Make pretend videos with a built-in simulator: no "
                                           "account, nothing charged."))
        self.demoButton.setVisible(first_run)
        self.demoButton.clicked.connect(self._choose_demo)
        self.checkButton = QPushButton(self.tr("Check"))
        self.checkButton.setObjectName("checkTokenButton")
        self.checkButton.setToolTip(self.tr("Ask the service whether this token works. Starts "
                                            "no video and costs nothing."))
        self.checkButton.clicked.connect(self._start_check)
        self.saveButton = QPushButton(self.tr("Save"))
        self.saveButton.setObjectName("saveTokenButton")
        self.saveButton.clicked.connect(self._save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("cancelWelcomeButton")
        cancel.clicked.connect(self.reject)
        # Enter saves; it must never fall through to "Try the demo" while Save is disabled.
        for button in (console, self.showButton, self.demoButton, self.checkButton, cancel):
            button.setAutoDefault(False)
        self.saveButton.setDefault(True)

        token_row = QHBoxLayout()
        token_row.addWidget(self.tokenEdit, 1)
        token_row.addWidget(self.showButton)
        console_row = QHBoxLayout()
        console_row.addWidget(console)
        console_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.demoButton)
        buttons.addStretch(1)
        buttons.addWidget(self.checkButton)
        buttons.addWidget(self.saveButton)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(steps)
        layout.addLayout(console_row)
        layout.addSpacing(4)
        layout.addLayout(token_row)
        layout.addWidget(self.resultLabel)
        layout.addWidget(storage)
        layout.addWidget(warning)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._on_text_changed("")
        self.setMinimumWidth(540)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        grow_to_fit(self)

    def token(self) -> str:
        return self.tokenEdit.text().strip()

    def checkRunning(self) -> bool:
        return self._check_job is not None

    # --- typing ----------------------------------------------------------------------------------

    def _on_text_changed(self, _text: str) -> None:
        self._cancel_check()  # a result would be about the token as it was
        problem = token_problem(self.tokenEdit.text())
        usable = bool(self.token()) and problem is None
        self.saveButton.setEnabled(usable)
        self.checkButton.setEnabled(usable)
        show_tone(self.resultLabel, "bad", problem or "")

    def _on_show_toggled(self, shown: bool) -> None:
        self.tokenEdit.setEchoMode(QLineEdit.EchoMode.Normal if shown
                                   else QLineEdit.EchoMode.Password)
        self.showButton.setText(self.tr("Hide") if shown else self.tr("Show"))
        self.showButton.setAccessibleName(self.tr("Hide the token") if shown
                                          else self.tr("Show the token"))

    # --- the check -------------------------------------------------------------------------------

    def _start_check(self) -> None:
        if self._check_job is not None or not self.checkButton.isEnabled():
            return
        self.checkButton.setEnabled(False)
        self.checkButton.setText(self.tr("Checking…"))
        show_tone(self.resultLabel, "neutral", self.tr("Asking the service…"))
        job = asyncio.ensure_future(self._checker(self.token()))
        self._check_job = job
        job.add_done_callback(self._on_check_done)

    def _on_check_done(self, job: asyncio.Future[TokenCheck]) -> None:
        # A dialog deleted with its parent (the window closing) never went through done().
        if (job.cancelled() or self._closed or not shiboken6.isValid(self)
                or job is not self._check_job):
            return
        self._check_job = None
        self._reset_check_button()
        error = job.exception()
        if error is not None:
            show_tone(self.resultLabel, "bad", self.tr("The check could not run. Try again."))
            # Not an expected outcome: hand it to the app's one error sink.
            job.get_loop().call_exception_handler(
                {"message": "token check failed", "exception": error, "future": job})
            return
        result = job.result()
        show_tone(self.resultLabel, "good" if result.ok else "bad", result.sentence)

    def _cancel_check(self) -> None:
        if self._check_job is not None:
            self._check_job.cancel()
            self._check_job = None
            self._reset_check_button()

    def _reset_check_button(self) -> None:
        self.checkButton.setText(self.tr("Check"))
        self.checkButton.setEnabled(bool(self.token()) and not token_problem(self.token()))

    # --- leaving ---------------------------------------------------------------------------------

    def _save(self) -> None:
        if not self.saveButton.isEnabled():
            return
        self.tokenSaved.emit(self.token())
        self.accept()

    def _choose_demo(self) -> None:
        self.demoChosen.emit()
        self.accept()

    def done(self, result: int) -> None:
        """Every way out (Save, demo, Cancel, Esc, the window's close button) comes here."""
        self._closed = True
        if self._check_job is not None:
            self._check_job.cancel()
            self._check_job = None
        super().done(result)
