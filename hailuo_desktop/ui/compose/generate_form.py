"""The form on the left: model, prompt (with camera-move chips for director mode), first frame,
takes, the price, Generate. It sends nothing itself: a checked request goes through the send
gate (balance, outage question, confirmation of several takes) and out as
`generateRequested(request, takes, origin)`, or the one sentence that stops it is shown."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.models import MODELS, model_by_id
from ...domain.picture_rules import PastedPicture
from ...domain.task import GenerationRequest
from ...domain.validation import MAX_PROMPT_CHARS, check_form
from .camera_moves import CameraMoveChips
from .first_frame_field import FirstFrameField
from .price_line import PriceLabel
from .send_gate import SendGate

MAX_TAKES = 4


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
    # GenerationRequest, number of takes, origin ({"first_frame_name", "continues_from"})
    generateRequested = Signal(object, int, object)

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
        self.modelCombo.setToolTip(self.tr("Which Hailuo model makes the video."))
        self.modelCombo.setAccessibleName(self.tr("Model"))  # not its current choice
        self._model_help = QLabel()
        self._model_help.setObjectName("hintLabel")
        self._model_help.setWordWrap(True)

        self.promptEdit = QPlainTextEdit()
        self.promptEdit.setObjectName("promptEdit")
        self.promptEdit.setPlaceholderText(self.tr(
            "Describe the video: the scene, the action, the light, the camera…"))
        self.promptEdit.setTabChangesFocus(True)
        self.promptEdit.setToolTip(self.tr("What the video should show. Ctrl+Enter generates."))
        self.promptEdit.setMinimumHeight(110)
        self._counter = QLabel()
        self._counter.setObjectName("hintLabel")
        self._counter.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.cameraMoves = CameraMoveChips(self.promptEdit)

        self.firstFrame = FirstFrameField(probe)

        # Demo mode has no pictures of the user's own on the web: offer the simulator's.
        self._samples: list[str] = []
        self.sampleButton = QPushButton(self.tr("Use a sample picture"))
        self.sampleButton.setObjectName("samplePictureButton")
        self.sampleButton.setToolTip(self.tr("Demo only: fill in a picture served by the "
                                             "built-in simulator."))
        self.sampleButton.clicked.connect(self._use_next_sample)
        self.sampleButton.hide()

        self.messageLabel = QLabel()
        self.messageLabel.setObjectName("formMessage")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.hide()

        self.takesSpin = QSpinBox()
        self.takesSpin.setObjectName("takesSpin")
        self.takesSpin.setRange(1, MAX_TAKES)
        self.takesSpin.setValue(1)
        self.takesSpin.setAccessibleName(self.tr("Takes"))
        self.takesSpin.setAccessibleDescription(self.tr(
            "How many videos to make from this prompt at once, to pick the best. Each one is "
            "a paid generation."))
        self.takesSpin.setToolTip(self.takesSpin.accessibleDescription())
        takes_label = QLabel(self.tr("&Takes"))
        takes_label.setBuddy(self.takesSpin)
        # Text hinted at scale 2 comes out a pixel wider than measured: room for the last letter.
        takes_label.setMinimumWidth(takes_label.sizeHint().width() + 2)
        self.priceLabel = PriceLabel()
        self.gate = SendGate(self)

        self.generateButton = QPushButton(self.tr("Generate"))
        self.generateButton.setObjectName("generateButton")
        self.generateButton.setDefault(True)
        self.generateButton.setToolTip(self.tr("Start making this video (Ctrl+Enter). Each "
                                               "video uses credits from your AceData account."))
        self.generateButton.clicked.connect(self.requestGenerate)
        # As wide as its widest text, so the row does not jump while a press is being sent.
        self.generateButton.setText(self.tr("Submitting…"))
        widest = self.generateButton.sizeHint().width()
        self.generateButton.setText(self.tr("Generate"))
        self.generateButton.setMinimumWidth(max(widest, self.generateButton.sizeHint().width()))
        send_row = QHBoxLayout()
        send_row.addWidget(takes_label)
        send_row.addWidget(self.takesSpin)
        send_row.addStretch(1)
        send_row.addWidget(self.priceLabel)
        send_row.addWidget(self.generateButton)

        layout = QVBoxLayout(self)
        layout.addWidget(_section(self.tr("&Model"), self.modelCombo))
        layout.addWidget(self.modelCombo)
        layout.addWidget(self._model_help)
        layout.addSpacing(6)
        layout.addWidget(_section(self.tr("&Prompt"), self.promptEdit))
        layout.addWidget(self.promptEdit, 3)
        layout.addWidget(self._counter)
        layout.addWidget(self.cameraMoves)
        layout.addWidget(_section(self.tr("&First frame"), self.firstFrame))
        layout.addWidget(self.firstFrame)
        layout.addLayout(_right_aligned(self.sampleButton))
        layout.addSpacing(6)
        # Under the button: a message that comes and goes never moves the button itself,
        # which a second press may be aimed at.
        layout.addLayout(send_row)
        layout.addWidget(self.messageLabel)
        layout.addStretch(1)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.requestGenerate)

        self.modelCombo.currentIndexChanged.connect(self._on_model_changed)
        self.promptEdit.textChanged.connect(self._on_prompt_changed)
        self.firstFrame.linkChanged.connect(self._clear_message)
        self.firstFrame.linkChanged.connect(self.refreshPrice)
        self.takesSpin.valueChanged.connect(self.refreshPrice)
        self.gate.approved.connect(self.generateRequested)
        self.gate.refused.connect(self._show_message)
        self.setTabOrder(self.modelCombo, self.promptEdit)
        self.setTabOrder(self.promptEdit, self.firstFrame)
        self.setTabOrder(self.firstFrame, self.takesSpin)
        self.setTabOrder(self.takesSpin, self.generateButton)
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

    def continueFrom(self, request: GenerationRequest, frame: PastedPicture,
                     clip_id: str) -> None:
        """The next shot: an image → video request starting on `frame` (taken from the clip
        `clip_id`, which made `request`), with that clip's prompt ready to edit."""
        model = request.model if model_by_id(request.model).needs_first_frame else "minimax-i2v"
        self.modelCombo.setCurrentIndex(self.modelCombo.findData(model))
        self.promptEdit.setPlainText(request.prompt)
        self.firstFrame.usePicture(frame, continues_from=clip_id)
        self.promptEdit.moveCursor(QTextCursor.MoveOperation.End)
        self.promptEdit.setFocus()

    def takes(self) -> int:
        return self.takesSpin.value()

    def refreshPrice(self) -> None:
        """Show the price of the request as it stands (the rules may have changed)."""
        model = model_by_id(self.modelCombo.currentData())
        link = self.firstFrame.link() if model.needs_first_frame else ""
        request = GenerationRequest(model.id, self.promptEdit.toPlainText().strip(),
                                    link or None)
        self.priceLabel.showPrice(self.gate.price(request, self.takes()))

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
        needs_frame = model_by_id(model_id).needs_first_frame
        check = check_form(model_id, self.promptEdit.toPlainText(), self.firstFrame.link())
        problem = check.problem or (self.firstFrame.blockingProblem() if needs_frame else None)
        if check.problem and needs_frame and not self.firstFrame.link():
            # An upload under way or refused says more than "needs a first frame".
            problem = self.firstFrame.blockingProblem() or check.problem
        if problem:
            self._show_message(problem)
            return
        assert check.request is not None
        warning = self.firstFrame.probeWarning() if needs_frame else None
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
        name, clip = self.firstFrame.pictureOrigin() if needs_frame else (None, None)
        self.gate.request(check.request, self.takes(),
                          {"first_frame_name": name, "continues_from": clip})

    def _on_model_changed(self) -> None:
        model = model_by_id(self.modelCombo.currentData())
        self._model_help.setText(model.description)
        self.firstFrame.setActive(model.needs_first_frame)
        self.sampleButton.setVisible(bool(self._samples) and model.needs_first_frame)
        self.cameraMoves.setModel(model.id)
        self._clear_message()
        self.refreshPrice()

    def _on_prompt_changed(self) -> None:
        length = len(self.promptEdit.toPlainText())
        locale = QLocale()
        self._counter.setText(self.tr("{length} / {limit}").format(
            length=locale.toString(length), limit=locale.toString(MAX_PROMPT_CHARS)))
        self._counter.setProperty("over", length > MAX_PROMPT_CHARS)
        self._counter.style().unpolish(self._counter)
        self._counter.style().polish(self._counter)
        self._clear_message()
        self.refreshPrice()

    def _update_button(self) -> None:
        self.generateButton.setEnabled(not self._busy and not self._blocked_reason)
        self.generateButton.setText(self.tr("Submitting…") if self._busy
                                    else self.tr("Generate"))
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
