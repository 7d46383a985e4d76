"""The form on the left: model, prompt, first frame, Generate. It sends nothing itself: it emits
a checked GenerationRequest, or shows the one sentence that stops it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.models import MODELS, model_by_id
from ...domain.task import GenerationRequest
from ...domain.validation import MAX_PROMPT_CHARS, check_form
from .first_frame_field import FirstFrameField


def _section(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionLabel")
    label.setBuddy(buddy)
    return label


def _right_aligned(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    return row


class GenerateForm(QWidget):
    generateRequested = Signal(object)  # GenerationRequest

    def __init__(self, probe: Callable[[str], Awaitable] | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("generateForm")
        self._confirmed_warning: tuple[str, str] | None = None
        self._busy = False
        self._blocked_reason: str | None = None
        self._prompt_limits: tuple[int, int] | None = None  # while a message is shown

        self.modelCombo = QComboBox()
        self.modelCombo.setObjectName("modelCombo")
        for model in MODELS:
            self.modelCombo.addItem(model.label, model.id)
            self.modelCombo.setItemData(self.modelCombo.count() - 1, model.description,
                                        Qt.ItemDataRole.ToolTipRole)
        self.modelCombo.setToolTip("Which Hailuo model makes the video.")
        self.modelCombo.setAccessibleName(self.tr("Model"))  # not its current choice
        self._model_help = QLabel()
        self._model_help.setObjectName("hintLabel")
        self._model_help.setWordWrap(True)

        self.promptEdit = QPlainTextEdit()
        self.promptEdit.setObjectName("promptEdit")
        self.promptEdit.setPlaceholderText(
            "Describe the video: the scene, the action, the light, the camera…")
        self.promptEdit.setTabChangesFocus(True)
        self.promptEdit.setToolTip("What the video should show. Ctrl+Enter generates.")
        self.promptEdit.setMinimumHeight(110)
        self._counter = QLabel()
        self._counter.setObjectName("hintLabel")
        self._counter.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.firstFrame = FirstFrameField(probe)

        # Demo mode has no pictures of the user's own on the web: offer the simulator's.
        self._samples: list[str] = []
        self.sampleButton = QPushButton("Use a sample picture")
        self.sampleButton.setObjectName("samplePictureButton")
        self.sampleButton.setToolTip("Demo only: fill in a picture served by the built-in "
                                     "simulator.")
        self.sampleButton.clicked.connect(self._use_next_sample)
        self.sampleButton.hide()

        self.messageLabel = QLabel()
        self.messageLabel.setObjectName("formMessage")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.hide()

        self.generateButton = QPushButton("Generate")
        self.generateButton.setObjectName("generateButton")
        self.generateButton.setDefault(True)
        self.generateButton.setToolTip("Start making this video (Ctrl+Enter). "
                                       "Each video uses credits from your AceData account.")
        self.generateButton.clicked.connect(self.requestGenerate)

        layout = QVBoxLayout(self)
        layout.addWidget(_section("&Model", self.modelCombo))
        layout.addWidget(self.modelCombo)
        layout.addWidget(self._model_help)
        layout.addSpacing(6)
        layout.addWidget(_section("&Prompt", self.promptEdit))
        layout.addWidget(self.promptEdit, 3)
        layout.addWidget(self._counter)
        layout.addWidget(_section("&First frame", self.firstFrame))
        layout.addWidget(self.firstFrame)
        layout.addLayout(_right_aligned(self.sampleButton))
        layout.addSpacing(6)
        # Under the button: a message that comes and goes never moves the button itself,
        # which a second press may be aimed at.
        layout.addLayout(_right_aligned(self.generateButton))
        layout.addWidget(self.messageLabel)
        layout.addStretch(1)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.requestGenerate)

        self.modelCombo.currentIndexChanged.connect(self._on_model_changed)
        self.promptEdit.textChanged.connect(self._on_prompt_changed)
        self.firstFrame.linkChanged.connect(self._clear_message)
        self.setTabOrder(self.modelCombo, self.promptEdit)
        self.setTabOrder(self.promptEdit, self.firstFrame)
        self.setTabOrder(self.firstFrame, self.generateButton)
        self._on_model_changed()
        self._on_prompt_changed()

    # --- used by the window ------------------------------------------------------------
    def setBusy(self, busy: bool) -> None:
        """While a submission is on its way the button waits, so a double click can't pay twice."""
        self._busy = busy
        self._update_button()

    def setBlocked(self, reason: str | None) -> None:
        """Generating is impossible for now (no token, say): the reason shows on the button."""
        self._blocked_reason = reason
        self._update_button()

    def fill(self, request: GenerationRequest) -> None:
        """Put an earlier request back in the form ("Use these settings again")."""
        index = self.modelCombo.findData(request.model)
        if index >= 0:
            self.modelCombo.setCurrentIndex(index)
        self.promptEdit.setPlainText(request.prompt)
        self.firstFrame.setLink(request.first_image_url or "")
        self.promptEdit.setFocus()

    def setSamplePictures(self, urls: list[str]) -> None:
        self._samples = list(urls)
        self._on_model_changed()

    def _use_next_sample(self) -> None:
        current = self.firstFrame.link()
        following = (self._samples.index(current) + 1) if current in self._samples else 0
        self.firstFrame.setLink(self._samples[following % len(self._samples)])

    def showProblem(self, text: str) -> None:
        """A sentence from outside the form (a limit, say): shown where its own ones are."""
        self._show_message(text)

    def shutdown(self) -> None:
        self.firstFrame.shutdown()

    # --- behaviour -----------------------------------------------------------------------
    def requestGenerate(self) -> None:
        if self._busy or self._blocked_reason:
            return
        model_id = self.modelCombo.currentData()
        check = check_form(model_id, self.promptEdit.toPlainText(), self.firstFrame.link())
        if check.problem:
            self._show_message(check.problem)
            return
        assert check.request is not None
        warning = self.firstFrame.probeWarning() if model_by_id(model_id).needs_first_frame \
            else None
        if warning:
            key = (check.request.first_image_url or "", warning)
            if self._confirmed_warning != key:
                # Let the user decide: the first press explains, the second one sends.
                self._confirmed_warning = key
                # The warning itself shows under the link: say only what to do about it.
                self._show_message(self.tr("The picture could not be checked (see the first "
                                           "frame). Press Generate again to send the link "
                                           "anyway."))
                return
        self._confirmed_warning = None
        self._clear_message()
        self.generateRequested.emit(check.request)

    def _on_model_changed(self) -> None:
        model = model_by_id(self.modelCombo.currentData())
        self._model_help.setText(model.description)
        self.firstFrame.setActive(model.needs_first_frame)
        self.sampleButton.setVisible(bool(self._samples) and model.needs_first_frame)
        self._clear_message()

    def _on_prompt_changed(self) -> None:
        length = len(self.promptEdit.toPlainText())
        self._counter.setText(f"{length:,} / {MAX_PROMPT_CHARS:,}")
        self._counter.setProperty("over", length > MAX_PROMPT_CHARS)
        self._counter.style().unpolish(self._counter)
        self._counter.style().polish(self._counter)
        self._clear_message()

    def _update_button(self) -> None:
        self.generateButton.setEnabled(not self._busy and not self._blocked_reason)
        self.generateButton.setText("Submitting…" if self._busy else "Generate")
        if self._blocked_reason:
            self.generateButton.setToolTip(self._blocked_reason)

    def _show_message(self, text: str) -> None:
        if self.messageLabel.isHidden():
            # The message's room comes from below the button, not from the prompt above it:
            # the button stays under the pointer for a second press.
            self._prompt_limits = (self.promptEdit.minimumHeight(),
                                   self.promptEdit.maximumHeight())
            self.promptEdit.setFixedHeight(self.promptEdit.height())
        self.messageLabel.setText(text)
        self.messageLabel.show()

    def _clear_message(self) -> None:
        self.messageLabel.hide()
        self.messageLabel.clear()
        if self._prompt_limits is not None:
            self.promptEdit.setMinimumHeight(self._prompt_limits[0])
            self.promptEdit.setMaximumHeight(self._prompt_limits[1])
            self._prompt_limits = None
