"""The generate form, driven with real key presses and clicks: what it sends and what it refuses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton, QToolButton

from hailuo_desktop.domain.validation import MAX_PROMPT_CHARS
from hailuo_desktop.ui.compose.generate_form import GenerateForm


@pytest.fixture
def form(qtbot, event_loop):
    widget = GenerateForm(probe=None)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.shutdown()


@pytest.fixture
def sent(form):
    requests = []
    form.generateRequested.connect(lambda request, _takes, _origin: requests.append(request))
    return requests


def frame_edit(form) -> QLineEdit:
    return form.findChild(QLineEdit, "firstFrameEdit")


def choose(form, model_id: str) -> None:
    form.modelCombo.setCurrentIndex(form.modelCombo.findData(model_id))


def test_models_have_plain_names_and_ids(form):
    names = [form.modelCombo.itemText(i) for i in range(form.modelCombo.count())]
    ids = [form.modelCombo.itemData(i) for i in range(form.modelCombo.count())]
    assert names == ["Text → Video", "Image → Video", "Image → Video, director mode"]
    assert ids == ["minimax-t2v", "minimax-i2v", "minimax-i2v-director"]


def test_typed_prompt_is_sent_on_click(form, sent, qtbot):
    qtbot.keyClicks(form.promptEdit, "A golden sunset over the ocean waves")
    qtbot.mouseClick(form.generateButton, Qt.MouseButton.LeftButton)
    assert len(sent) == 1
    assert (sent[0].model, sent[0].prompt, sent[0].first_image_url) == (
        "minimax-t2v", "A golden sunset over the ocean waves", None)


def test_ctrl_enter_generates_from_the_prompt_box(form, sent, qtbot):
    qtbot.keyClicks(form.promptEdit, "waves")
    form.promptEdit.setFocus()
    qtbot.keyClick(form.promptEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [r.prompt for r in sent] == ["waves"]
    assert form.promptEdit.toPlainText() == "waves", "Ctrl+Enter must not add a line break"


@pytest.mark.parametrize("prompt", ["", "   \n\t  "])
def test_empty_prompt_is_refused_with_a_sentence(form, sent, qtbot, prompt):
    form.promptEdit.setPlainText(prompt)
    qtbot.mouseClick(form.generateButton, Qt.MouseButton.LeftButton)
    assert sent == []
    assert form.messageLabel.isVisible()
    assert form.messageLabel.text() == "Write a prompt first: describe the video you want."


def test_huge_prompt_is_refused_and_counter_turns_red(form, sent, qtbot):
    form.promptEdit.setPlainText("x" * 20_000)
    counter = next(w for w in form.findChildren(type(form.messageLabel))
                   if w.text().endswith(f"/ {MAX_PROMPT_CHARS:,}"))
    assert counter.text() == f"20,000 / {MAX_PROMPT_CHARS:,}"
    assert counter.property("over") is True
    qtbot.mouseClick(form.generateButton, Qt.MouseButton.LeftButton)
    assert sent == []
    assert "limit is 7,000" in form.messageLabel.text()


def test_image_model_needs_a_first_frame(form, sent, qtbot):
    choose(form, "minimax-i2v")
    assert frame_edit(form).isEnabled()
    qtbot.keyClicks(form.promptEdit, "wind")
    qtbot.mouseClick(form.generateButton, Qt.MouseButton.LeftButton)
    assert sent == []
    assert "needs a first frame" in form.messageLabel.text()


@pytest.mark.parametrize("link, words", [
    ("javascript:alert(1)", "script"),
    ("file:///home/me/cat.png", "computer"),
    ("https://example.com/my cat.png", "space"),
    ("not-a-link", "https://"),
])
def test_bad_first_frame_links_are_refused(form, sent, qtbot, link, words):
    choose(form, "minimax-i2v")
    qtbot.keyClicks(form.promptEdit, "wind")
    frame_edit(form).setText(link)
    qtbot.mouseClick(form.generateButton, Qt.MouseButton.LeftButton)
    assert sent == []
    message = form.messageLabel.text()
    assert message and message.endswith(".")
    assert words.lower() in message.lower()


def test_switching_to_text_keeps_the_link_but_does_not_send_it(form, sent, qtbot):
    choose(form, "minimax-i2v")
    qtbot.keyClicks(frame_edit(form), "https://example.com/scene.jpg")
    choose(form, "minimax-t2v")
    assert not frame_edit(form).isEnabled()
    assert frame_edit(form).text() == "https://example.com/scene.jpg"
    qtbot.keyClicks(form.promptEdit, "sea")
    qtbot.mouseClick(form.generateButton, Qt.MouseButton.LeftButton)
    assert sent[0].first_image_url is None
    choose(form, "minimax-i2v-director")
    qtbot.mouseClick(form.generateButton, Qt.MouseButton.LeftButton)
    assert sent[1].first_image_url == "https://example.com/scene.jpg"
    assert sent[1].model == "minimax-i2v-director"


def test_html_in_the_prompt_stays_plain_text(form, sent, qtbot):
    prompt = '<img src=x onerror=alert(1)> <a href="https://evil">click</a>'
    form.promptEdit.setPlainText(prompt)
    qtbot.mouseClick(form.generateButton, Qt.MouseButton.LeftButton)
    assert sent[0].prompt == prompt
    assert form.messageLabel.textFormat() == Qt.TextFormat.PlainText


def test_busy_form_ignores_a_second_click(form, sent, qtbot):
    qtbot.keyClicks(form.promptEdit, "once")
    form.setBusy(True)
    assert form.generateButton.text() == "Submitting…"
    qtbot.mouseClick(form.generateButton, Qt.MouseButton.LeftButton)
    form.requestGenerate()  # the keyboard shortcut's path
    assert sent == []
    form.setBusy(False)
    qtbot.mouseClick(form.generateButton, Qt.MouseButton.LeftButton)
    assert len(sent) == 1


def test_reuse_fills_every_field(form, sent, qtbot):
    from hailuo_desktop.domain.task import GenerationRequest

    form.fill(GenerationRequest("minimax-i2v", "again please", "https://example.com/a.png"))
    assert form.modelCombo.currentData() == "minimax-i2v"
    assert form.promptEdit.toPlainText() == "again please"
    assert frame_edit(form).text() == "https://example.com/a.png"


def test_tab_order_follows_the_form(form, qtbot):
    choose(form, "minimax-i2v")
    form.modelCombo.setFocus()
    visited = []
    for _ in range(5):
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
        visited.append(form.focusWidget())
    browse = form.findChild(QToolButton, "firstFrameBrowse")
    assert visited == [form.promptEdit, frame_edit(form), browse, form.takesSpin,
                       form.generateButton]


def test_unreachable_first_frame_warns_first_and_sends_on_the_second_press(qtbot, event_loop):
    from hailuo_desktop.api.images import ProbeResult

    async def unreachable(url: str) -> ProbeResult:
        return ProbeResult(None, "Couldn't reach that link (connection refused).", "")

    form = GenerateForm(probe=unreachable)
    qtbot.addWidget(form)
    sent = []
    form.generateRequested.connect(lambda request, _takes, _origin: sent.append(request))
    choose(form, "minimax-i2v")
    qtbot.keyClicks(form.promptEdit, "a still lake")
    with qtbot.waitSignal(form.firstFrame.checked, timeout=5000):
        frame_edit(form).setText("https://images.example.com/lake.png")
    qtbot.mouseClick(form.generateButton, Qt.MouseButton.LeftButton)
    assert sent == []
    assert form.messageLabel.text() == ("The picture could not be checked (see the first "
                                        "frame). Press Generate again to send the link anyway.")
    qtbot.mouseClick(form.generateButton, Qt.MouseButton.LeftButton)
    assert [r.first_image_url for r in sent] == ["https://images.example.com/lake.png"]
    form.shutdown()
    qtbot.waitUntil(lambda: not form.firstFrame.isChecking(), timeout=3000)


def test_takes_are_one_to_four_and_go_with_the_request(form, qtbot):
    sent = []
    form.generateRequested.connect(lambda request, takes, origin: sent.append((takes, origin)))
    assert (form.takesSpin.minimum(), form.takesSpin.maximum(), form.takesSpin.value()) == (1, 4, 1)
    label = next(w for w in form.findChildren(QLabel) if w.buddy() is form.takesSpin)
    assert label.text() == "&Takes" and form.takesSpin.accessibleName() == "Takes"
    form.takesSpin.setFocus()
    qtbot.keyClick(form.takesSpin, Qt.Key.Key_Up)
    qtbot.keyClick(form.takesSpin, Qt.Key.Key_Up)
    assert form.takes() == 3
    qtbot.keyClicks(form.promptEdit, "three tries")
    qtbot.mouseClick(form.generateButton, Qt.MouseButton.LeftButton)  # asks first
    box = form.findChild(QMessageBox, "takesConfirmation")
    assert box is not None and box.isVisible() and sent == []
    qtbot.mouseClick(box.findChild(QPushButton, "takesConfirmationYes"),
                     Qt.MouseButton.LeftButton)
    assert sent == [(3, {"first_frame_name": None, "continues_from": None})]


def test_camera_move_chips_show_for_director_mode_under_the_prompt(form, qtbot):
    chips = form.cameraMoves
    assert not chips.isVisible()
    choose(form, "minimax-i2v-director")
    assert chips.isVisible()
    form.promptEdit.setPlainText("a lighthouse ")
    form.promptEdit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.mouseClick(chips.findChild(QToolButton, "cameraMove_pan_left"),
                     Qt.MouseButton.LeftButton)
    assert form.promptEdit.toPlainText() == "a lighthouse [Pan left]"
    choose(form, "minimax-i2v")
    assert not chips.isVisible()


def test_continue_from_a_frame_prepares_an_image_to_video_request(form, qtbot, event_loop):
    from fakes import FakeUploader

    from hailuo_desktop.domain.picture_rules import PastedPicture
    from hailuo_desktop.domain.task import GenerationRequest

    uploader = FakeUploader()
    form.firstFrame.setUploader(uploader)
    frame = PastedPicture(b"png bytes", "sunset_last-frame.png")
    form.continueFrom(GenerationRequest("minimax-t2v", "a sunset over the sea"), frame, "clip-1")
    assert form.modelCombo.currentData() == "minimax-i2v"
    assert form.promptEdit.toPlainText() == "a sunset over the sea"
    assert form.promptEdit.hasFocus()
    assert uploader.sources == [frame]
    assert frame_edit(form).text() == "sunset_last-frame.png"
    qtbot.mouseClick(form.generateButton, Qt.MouseButton.LeftButton)  # not while uploading
    assert "still being uploaded" in form.messageLabel.text()

    director = GenerationRequest("minimax-i2v-director", "[Push in] the door", "https://x/a.png")
    form.continueFrom(director, frame, "clip-2")
    assert form.modelCombo.currentData() == "minimax-i2v-director"  # the same mode goes on


def test_the_form_never_widens_as_its_price_and_button_change(form, qtbot):
    """At 1024×600 the form has no width to spare: a longer price or 'Submitting…' that
    widened it would push the window past the screen's edge, for good."""
    from hailuo_desktop.domain.pricing import Price

    def least_width() -> int:
        form.layout().activate()  # what the next layout pass would ask of the window
        return form.minimumSizeHint().width()

    form.priceLabel.showPrice(Price(3.5))
    idle = least_width()
    width = form.generateButton.width()
    form.priceLabel.showPrice(Price(10.5, takes=3))
    form.setBusy(True)
    assert form.generateButton.text() == "Submitting…"
    assert least_width() <= idle
    assert form.generateButton.width() == width, "the button keeps its width"
    assert form.priceLabel.text() == "3 takes ≈ 10.5 credits"
    form.setBusy(False)
