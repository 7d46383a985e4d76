"""Link messages that make the point: a data: URL typed in says data: URLs are refused, and an
unreachable link is said once, with the Generate button staying where it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from hailuo_desktop.api.images import ProbeResult
from hailuo_desktop.domain.links import DATA_URL_PROBLEM
from hailuo_desktop.ui.compose.generate_form import GenerateForm

UNREACHABLE = "This link could not be reached from this computer (timed out)."
LINK = "https://img.example.com/private/cat.png"


async def unreachable(url: str) -> ProbeResult:
    return ProbeResult(None, UNREACHABLE, "")


@pytest.fixture
def form(qtbot, event_loop):
    widget = GenerateForm(unreachable)
    qtbot.addWidget(widget)
    widget.resize(400, 700)
    widget.show()
    widget.modelCombo.setCurrentIndex(widget.modelCombo.findData("minimax-i2v"))
    yield widget
    widget.shutdown()
    qtbot.waitUntil(lambda: not widget.firstFrame.isChecking(), timeout=5000)


def info(form) -> str:
    return form.findChild(QLabel, "firstFrameInfo").text()


def test_typing_a_data_url_says_data_urls_are_refused(form, qtbot):
    edit = form.findChild(QLineEdit, "firstFrameEdit")
    qtbot.keyClicks(edit, "data:image/png;base64,iVBORw0KGgo")
    assert info(form) == DATA_URL_PROBLEM, "not the generic 'must start with https://'"


def test_an_unreachable_link_is_said_once_and_generate_stays_put(form, qtbot):
    qtbot.keyClicks(form.promptEdit, "a cat")
    with qtbot.waitSignal(form.firstFrame.checked, timeout=3000):
        form.firstFrame.setLink(LINK)
    assert info(form) == UNREACHABLE
    button = form.generateButton
    where = button.mapTo(form, QPoint(0, 0))
    sent = []
    form.generateRequested.connect(sent.append)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert sent == []
    message = form.findChild(QLabel, "formMessage")
    assert message.isVisible() and "Generate again" in message.text()
    shown = [label.text() for label in form.findChildren(QLabel) if label.isVisible()]
    assert sum(UNREACHABLE in text for text in shown) == 1, "the same sentence twice"
    form.layout().activate()
    assert button.mapTo(form, QPoint(0, 0)) == where, "the button moved under the pointer"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [r.first_image_url for r in sent] == [LINK]
