"""Camera-move chips for director mode: a click writes ``[Pan left]`` into the prompt at its
cursor, or adds the move to the bracket the cursor is in or right after.

How to use: put it next to the prompt edit it was given (under the prompt's counter reads
well), and call ``setModel(model_id)`` at once and whenever the model changes. It stays hidden
until told the director model is chosen, and hides again for the others: do not toggle its
visibility yourself. Chips take the keyboard focus only by Tab, never by a click, so the
prompt keeps its cursor; after a chip is used, the focus goes back to the prompt.

A chip shows as on when the bracket a click would join already has that move. What a chip
writes is the model's own English (``[Pan left]``) in every language; its label, tooltip and
sentences are in the user's language (in Chinese, MiniMax's own names for the moves).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.camera_moves import (
    CAMERA_MOVES,
    CameraMove,
    Insertion,
    MoveGroup,
    Refusal,
    insert_move,
    moves_at,
    takes_camera_moves,
)
from ..common.flow_layout import FlowLayout

# Side to side, up and down, in and out, then the rest: one row each where the form is 300 px
# or wider, and each row wraps on its own when it is narrower.
_ROWS = (
    (MoveGroup.TRUCK, MoveGroup.PAN),
    (MoveGroup.PEDESTAL, MoveGroup.TILT),
    (MoveGroup.ZOOM, MoveGroup.PUSH_PULL),
    (MoveGroup.OTHER,),
)
_ROW_GAP = 3

# Local to this widget: the app's style sheet is shared, and these follow its palette.
_STYLE_SHEET = """
QToolButton[chip="true"] {
    border: 1px solid palette(mid); border-radius: 9px; padding: 0px 5px;
    background: palette(base); color: palette(text);
}
QToolButton[chip="true"]:hover { border-color: palette(highlight); }
QToolButton[chip="true"]:focus { border: 2px solid palette(highlight); padding: 0px 4px; }
QToolButton[chip="true"]:checked {
    background: palette(highlight); color: palette(highlighted-text);
    border-color: palette(highlight);
}
QToolButton[chip="true"]:checked:focus { border-color: palette(text); }
QLabel#cameraMoveGroupLabel { padding-right: 1px; }
QLabel#cameraMoveNote {
    border-left: 3px solid #e0902b; background: rgba(224, 144, 43, 0.14); padding: 4px 6px;
}
"""


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _index(text: str, position: int) -> int:
    """The ``str`` index of a Qt text position, which counts UTF-16 units."""
    units = text.encode("utf-16-le")[: 2 * position]
    return len(units.decode("utf-16-le", errors="ignore"))


def _common_prefix_length(first: str, second: str) -> int:
    length = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        length += 1
    return length


def _changed_span(old: str, new: str) -> tuple[int, int, int]:
    """Where ``new`` differs from ``old``: start, end in old, end in new."""
    start = _common_prefix_length(old, new)
    tail = _common_prefix_length(old[start:][::-1], new[start:][::-1])
    return start, len(old) - tail, len(new) - tail


def _shared_first_word(labels: list[str]) -> str | None:
    words = {label.split(" ", 1)[0] for label in labels}
    return words.pop() if len(words) == 1 and all(" " in label for label in labels) else None


class CameraMoveChips(QWidget):
    def __init__(self, prompt: QPlainTextEdit, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cameraMoveChips")
        self.setAccessibleName(self.tr("Camera moves"))
        self.setAccessibleDescription(self.tr(
            "Each button writes its camera move into the prompt at the cursor."))
        self.setStyleSheet(_STYLE_SHEET)
        self._prompt = prompt

        caption = QLabel(self.tr("Camera moves — up to three in one bracket"))
        caption.setObjectName("hintLabel")
        caption.setWordWrap(True)

        self._chips: dict[CameraMove, QToolButton] = {}
        self._labels = self._move_labels()
        descriptions = self._descriptions()
        rows = []
        for groups in _ROWS:
            row = QWidget()
            flow = FlowLayout(row, column_gap=8, row_gap=_ROW_GAP)
            for group in groups:
                flow.addWidget(self._group(
                    [move for move in CAMERA_MOVES if move.group == group], descriptions))
            rows.append(row)

        self._note = QLabel()
        self._note.setObjectName("cameraMoveNote")
        self._note.setTextFormat(Qt.TextFormat.PlainText)
        self._note.setWordWrap(True)
        self._note.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(_ROW_GAP)
        layout.addWidget(caption)
        for row in rows:
            layout.addWidget(row)
        layout.addWidget(self._note)

        prompt.textChanged.connect(self._on_prompt_edited)
        prompt.cursorPositionChanged.connect(self._show_moves_at_cursor)
        self._show_moves_at_cursor()
        self.hide()  # until setModel() names the director model

    def setModel(self, model_id: str) -> None:
        """Shown for the director model only."""
        self.setVisible(takes_camera_moves(model_id))
        self._clear_note()

    # --- behaviour -------------------------------------------------------------------------
    def _group(self, moves: list[CameraMove], descriptions: dict[str, str]) -> QWidget:
        """One group's chips side by side, wrapping only when there is no room. A first word
        they share is written once, as in "Truck [left] [right]", so that two groups fit in a
        row of the form."""
        group = QWidget()
        row = FlowLayout(group, column_gap=2, row_gap=_ROW_GAP)
        labels = [self._labels[move.name] for move in moves]
        shared = _shared_first_word(labels)
        if shared:
            label = QLabel(shared)
            label.setObjectName("cameraMoveGroupLabel")
            row.addWidget(label)
        for move, text in zip(moves, labels, strict=True):
            chip = self._chip(move, descriptions[move.name],
                              text.removeprefix(f"{shared} ") if shared else text)
            row.addWidget(chip)
            self._chips[move] = chip
        return group

    def _chip(self, move: CameraMove, description: str, text: str) -> QToolButton:
        chip = QToolButton()
        chip.setObjectName(f"cameraMove_{move.slug}")
        chip.setProperty("chip", True)
        chip.setText(text)
        chip.setCheckable(True)
        chip.setCursor(Qt.CursorShape.PointingHandCursor)
        chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        chip.setAccessibleName(self._labels[move.name])
        tip = self.tr("{description} Writes {move} into the prompt at the cursor.").format(
            description=description, move=f"[{move.name}]")
        chip.setToolTip(tip)
        chip.setAccessibleDescription(tip)
        chip.clicked.connect(lambda _checked=False, chosen=move: self._write(chosen))
        return chip

    def _write(self, move: CameraMove) -> None:
        text = self._prompt.toPlainText()
        result = insert_move(text, _index(text, self._prompt.textCursor().position()), move)
        if isinstance(result, Refusal):
            self._show_moves_at_cursor()  # the click toggled the chip: show the truth again
            self._note.setText(self._refusal(result, move))
            self._note.show()
        else:
            self._apply(text, result)
        self._prompt.setFocus(Qt.FocusReason.OtherFocusReason)

    def _apply(self, old: str, edit: Insertion) -> None:
        """Only the changed part is replaced, as one step the user can undo."""
        start, old_end, new_end = _changed_span(old, edit.text)
        cursor = self._prompt.textCursor()
        cursor.beginEditBlock()
        cursor.setPosition(_utf16_length(old[:start]))
        cursor.setPosition(_utf16_length(old[:old_end]), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(edit.text[start:new_end])
        cursor.endEditBlock()
        cursor.setPosition(_utf16_length(edit.text[: edit.cursor]))
        self._prompt.setTextCursor(cursor)
        self._prompt.ensureCursorVisible()

    def _on_prompt_edited(self) -> None:
        self._clear_note()
        self._show_moves_at_cursor()

    def _show_moves_at_cursor(self) -> None:
        text = self._prompt.toPlainText()
        present = moves_at(text, _index(text, self._prompt.textCursor().position()))
        for move, chip in self._chips.items():
            chip.setChecked(move in present)

    def _clear_note(self) -> None:
        self._note.hide()
        self._note.clear()

    # --- words -----------------------------------------------------------------------------
    def _refusal(self, refusal: Refusal, move: CameraMove) -> str:
        if refusal is Refusal.BRACKET_FULL:
            return self.tr("Up to three camera moves can combine in one bracket. Start a new one "
                           "after this bracket, or remove a move.")
        return self.tr("This bracket already has {move}. Each move can be in a bracket once."
                       ).format(move=f"[{move.name}]")

    def _move_labels(self) -> dict[str, str]:
        """What each chip is called; it writes the move's English name whatever it is called."""
        return {
            "Truck left": self.tr("Truck left"), "Truck right": self.tr("Truck right"),
            "Pan left": self.tr("Pan left"), "Pan right": self.tr("Pan right"),
            "Push in": self.tr("Push in"), "Pull out": self.tr("Pull out"),
            "Pedestal up": self.tr("Pedestal up"), "Pedestal down": self.tr("Pedestal down"),
            "Tilt up": self.tr("Tilt up"), "Tilt down": self.tr("Tilt down"),
            "Zoom in": self.tr("Zoom in"), "Zoom out": self.tr("Zoom out"),
            "Shake": self.tr("Shake"), "Tracking shot": self.tr("Tracking shot"),
            "Static shot": self.tr("Static shot"),
        }

    def _descriptions(self) -> dict[str, str]:
        return {
            "Truck left": self.tr("The camera slides sideways to the left."),
            "Truck right": self.tr("The camera slides sideways to the right."),
            "Pan left": self.tr("The camera turns to the left from where it stands."),
            "Pan right": self.tr("The camera turns to the right from where it stands."),
            "Push in": self.tr("The camera moves closer to the subject."),
            "Pull out": self.tr("The camera moves back, away from the subject."),
            "Pedestal up": self.tr("The camera rises straight up."),
            "Pedestal down": self.tr("The camera lowers straight down."),
            "Tilt up": self.tr("The camera tips to look up."),
            "Tilt down": self.tr("The camera tips to look down."),
            "Zoom in": self.tr("The lens zooms in: the subject grows while the camera stays."),
            "Zoom out": self.tr("The lens zooms out to show more, while the camera stays."),
            "Shake": self.tr("The picture shakes, like a handheld camera or a tremor."),
            "Tracking shot": self.tr("The camera follows the subject as it moves."),
            "Static shot": self.tr("The camera stays still."),
        }
