"""The camera-move chips under a prompt, driven with real clicks and key presses."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QToolButton, QVBoxLayout, QWidget

from hailuo_desktop.domain.camera_moves import CAMERA_MOVES
from hailuo_desktop.ui.compose.camera_moves import CameraMoveChips

FULL_BRACKET = ("Up to three camera moves can combine in one bracket. Start a new one after "
                "this bracket, or remove a move.")


@pytest.fixture
def ui(qtbot):
    box = QWidget()
    prompt = QPlainTextEdit()
    prompt.setTabChangesFocus(True)
    chips = CameraMoveChips(prompt)
    chips.setModel("minimax-i2v-director")
    layout = QVBoxLayout(box)
    layout.addWidget(prompt)
    layout.addWidget(chips)
    qtbot.addWidget(box)
    box.resize(380, 420)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    prompt.setFocus()
    qtbot.waitUntil(prompt.hasFocus)
    return SimpleNamespace(box=box, prompt=prompt, chips=chips)


def chip(ui, slug: str) -> QToolButton:
    found = ui.chips.findChild(QToolButton, f"cameraMove_{slug}")
    assert found is not None, slug
    return found


def click(qtbot, ui, *slugs: str) -> None:
    for slug in slugs:
        qtbot.mouseClick(chip(ui, slug), Qt.MouseButton.LeftButton)


def note(ui) -> QLabel:
    return ui.chips.findChild(QLabel, "cameraMoveNote")


def press(qtbot, ui, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(ui.prompt, key)


def on_chips(ui) -> list[str]:
    return [m.name for m in CAMERA_MOVES if chip(ui, m.slug).isChecked()]


def test_every_move_has_a_named_described_chip(ui):
    assert ui.chips.objectName() == "cameraMoveChips"
    for move in CAMERA_MOVES:
        button = chip(ui, move.slug)
        accessible = QAccessible.queryAccessibleInterface(button)
        assert accessible.text(QAccessible.Text.Name) == move.name
        assert f"[{move.name}]" in button.toolTip()
        assert button.toolTip().endswith(".")
        assert accessible.text(QAccessible.Text.Description) == button.toolTip()
        assert button.isCheckable()
        assert button.focusPolicy() == Qt.FocusPolicy.TabFocus, "a click leaves the prompt focused"
    assert len({chip(ui, m.slug).toolTip() for m in CAMERA_MOVES}) == 15


def test_a_first_word_shared_by_a_group_is_written_once(ui):
    labels = [label.text() for label in ui.chips.findChildren(QLabel, "cameraMoveGroupLabel")]
    assert labels == ["Truck", "Pan", "Pedestal", "Tilt", "Zoom"]
    assert (chip(ui, "pan_left").text(), chip(ui, "zoom_out").text()) == ("left", "out")
    assert (chip(ui, "push_in").text(), chip(ui, "tracking_shot").text()) == \
        ("Push in", "Tracking shot")


def test_a_click_writes_the_move_at_the_cursor_and_gives_the_prompt_back(qtbot, ui):
    qtbot.keyClicks(ui.prompt, "A cat runs")
    click(qtbot, ui, "pan_left")
    assert ui.prompt.toPlainText() == "A cat runs [Pan left]"
    assert ui.prompt.hasFocus()
    qtbot.keyClicks(ui.prompt, " then stops")
    assert ui.prompt.toPlainText() == "A cat runs [Pan left] then stops"


def test_clicks_in_a_row_share_a_bracket_and_light_their_chips(qtbot, ui):
    qtbot.keyClicks(ui.prompt, "A cat runs")
    click(qtbot, ui, "truck_left", "pedestal_up")
    assert ui.prompt.toPlainText() == "A cat runs [Truck left, Pedestal up]"
    assert on_chips(ui) == ["Truck left", "Pedestal up"]


def test_moving_the_cursor_with_keys_chooses_where_the_move_goes(qtbot, ui):
    qtbot.keyClicks(ui.prompt, "A cat runs")
    press(qtbot, ui, Qt.Key.Key_Home)
    press(qtbot, ui, Qt.Key.Key_Right, 5)  # after "A cat"
    click(qtbot, ui, "zoom_in")
    assert ui.prompt.toPlainText() == "A cat [Zoom in] runs"
    press(qtbot, ui, Qt.Key.Key_End)
    click(qtbot, ui, "shake")
    assert ui.prompt.toPlainText() == "A cat [Zoom in] runs [Shake]"
    press(qtbot, ui, Qt.Key.Key_Home)
    press(qtbot, ui, Qt.Key.Key_Right, 2)  # inside "cat": the move goes after the word
    press(qtbot, ui, Qt.Key.Key_Right)
    assert on_chips(ui) == []
    press(qtbot, ui, Qt.Key.Key_Right, 4)  # inside "[Zoom in]"
    assert on_chips(ui) == ["Zoom in"]
    click(qtbot, ui, "pull_out")
    assert ui.prompt.toPlainText() == "A cat [Zoom in, Pull out] runs [Shake]"
    assert on_chips(ui) == ["Pull out", "Zoom in"]


def test_a_fourth_move_is_refused_with_a_note_that_goes_at_the_next_edit(qtbot, ui):
    qtbot.keyClicks(ui.prompt, "A cat")
    click(qtbot, ui, "pan_left", "tilt_up", "zoom_in")
    before = ui.prompt.toPlainText()
    click(qtbot, ui, "shake")
    assert ui.prompt.toPlainText() == before == "A cat [Pan left, Tilt up, Zoom in]"
    assert note(ui).isVisible()
    assert note(ui).text() == FULL_BRACKET
    assert not chip(ui, "shake").isChecked(), "the refused chip does not stay lit"
    assert ui.prompt.hasFocus()
    qtbot.keyClicks(ui.prompt, " runs")
    assert not note(ui).isVisible()
    click(qtbot, ui, "shake")
    assert ui.prompt.toPlainText() == "A cat [Pan left, Tilt up, Zoom in] runs [Shake]"


def test_the_same_move_twice_is_refused_and_its_chip_stays_lit(qtbot, ui):
    qtbot.keyClicks(ui.prompt, "A cat")
    click(qtbot, ui, "pan_left", "pan_left")
    assert ui.prompt.toPlainText() == "A cat [Pan left]"
    assert note(ui).text() == \
        "This bracket already has [Pan left]. Each move can be in a bracket once."
    assert chip(ui, "pan_left").isChecked()


def test_one_undo_takes_a_move_back_out(qtbot, ui):
    qtbot.keyClicks(ui.prompt, "A cat")
    click(qtbot, ui, "pan_left", "zoom_out")
    qtbot.keyClick(ui.prompt, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ui.prompt.toPlainText() == "A cat [Pan left]"
    qtbot.keyClick(ui.prompt, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ui.prompt.toPlainText() == "A cat"


def test_emoji_and_chinese_keep_the_cursor_where_it_belongs(qtbot, ui):
    ui.prompt.setPlainText("一只猫🐱在跑")
    cursor = ui.prompt.textCursor()
    cursor.setPosition(5)  # after the cat emoji, which takes two UTF-16 units
    ui.prompt.setTextCursor(cursor)
    click(qtbot, ui, "push_in")
    assert ui.prompt.toPlainText() == "一只猫🐱 [Push in]在跑"
    click(qtbot, ui, "static_shot")
    assert ui.prompt.toPlainText() == "一只猫🐱 [Push in, Static shot]在跑"
    qtbot.keyClicks(ui.prompt, "!")
    assert ui.prompt.toPlainText() == "一只猫🐱 [Push in, Static shot]!在跑"


def test_the_keyboard_alone_reaches_and_uses_a_chip(qtbot, ui):
    qtbot.keyClicks(ui.prompt, "A cat")
    qtbot.keyClick(ui.prompt, Qt.Key.Key_Tab)
    first = chip(ui, CAMERA_MOVES[0].slug)
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    second = chip(ui, CAMERA_MOVES[1].slug)
    qtbot.waitUntil(second.hasFocus)
    qtbot.keyClick(second, Qt.Key.Key_Space)
    assert ui.prompt.toPlainText() == "A cat [Truck right]"
    qtbot.waitUntil(ui.prompt.hasFocus)


def test_hidden_until_the_director_model_is_named(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    chips = CameraMoveChips(QPlainTextEdit(box), box)
    box.show()
    assert not chips.isVisible()
    chips.setModel("minimax-i2v-director")
    assert chips.isVisible()


@pytest.mark.parametrize(("model_id", "shown"), [
    ("minimax-i2v-director", True), ("minimax-i2v", False), ("minimax-t2v", False)])
def test_shown_for_the_director_model_only(qtbot, ui, model_id, shown):
    ui.chips.setModel(model_id)
    assert ui.chips.isVisible() is shown


def test_a_model_change_clears_the_note(qtbot, ui):
    qtbot.keyClicks(ui.prompt, "A cat")
    click(qtbot, ui, "pan_left", "pan_left")
    assert note(ui).isVisible()
    ui.chips.setModel("minimax-i2v")
    ui.chips.setModel("minimax-i2v-director")
    assert not note(ui).isVisible()


@pytest.mark.parametrize("width", [240, 320, 420])
def test_chips_wrap_without_clipping_or_overlapping(qtbot, ui, width):
    ui.box.resize(width, 600)
    ui.box.layout().activate()
    qtbot.waitUntil(lambda: ui.chips.width() <= width)
    inside = ui.chips.rect()
    boxes = []
    for move in CAMERA_MOVES:
        button = chip(ui, move.slug)
        box = QRect(button.mapTo(ui.chips, QPoint(0, 0)), button.size())
        assert inside.contains(box), f"{move.name} is cut off at {width} px"
        assert box.height() >= button.sizeHint().height()
        boxes.append(box)
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    if width >= 320:
        rows = {box.top() for box in boxes}
        assert len(rows) == 4, "one row each: side to side, up and down, in and out, the rest"
