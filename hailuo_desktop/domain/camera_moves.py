"""Director mode's camera moves, and how one is written into a prompt at the cursor.

MiniMax's director model reads camera moves from square brackets in the prompt: ``[Pan left]``,
or up to three at once, ``[Pan left, Pedestal up, Zoom in]``. A move clicked while the cursor
is inside such a bracket, or right after its ``]``, joins that bracket; anywhere else it starts
a new one. Brackets of the user's own (``[sic]``) are left alone: the new bracket goes after.

Spacing stays tidy: one space between a word and a new bracket, none inside brackets, none
before closing punctuation, and none next to Chinese or Japanese text, which is written without
spaces between words. A cursor in the middle of a word moves to the word's end first.

Positions are indexes into a Python ``str`` (code points). Qt counts UTF-16 units: converting
between the two is the widget's business.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

MAX_MOVES_PER_BRACKET = 3
DIRECTOR_MODEL_ID = "minimax-i2v-director"


class MoveGroup(Enum):
    TRUCK = "truck"
    PAN = "pan"
    PUSH_PULL = "push_pull"
    PEDESTAL = "pedestal"
    TILT = "tilt"
    ZOOM = "zoom"
    OTHER = "other"


@dataclass(frozen=True)
class CameraMove:
    name: str  # written into the prompt exactly so: the model reads English
    group: MoveGroup

    @property
    def slug(self) -> str:
        return self.name.lower().replace(" ", "_")


CAMERA_MOVES: tuple[CameraMove, ...] = (
    CameraMove("Truck left", MoveGroup.TRUCK),
    CameraMove("Truck right", MoveGroup.TRUCK),
    CameraMove("Pan left", MoveGroup.PAN),
    CameraMove("Pan right", MoveGroup.PAN),
    CameraMove("Push in", MoveGroup.PUSH_PULL),
    CameraMove("Pull out", MoveGroup.PUSH_PULL),
    CameraMove("Pedestal up", MoveGroup.PEDESTAL),
    CameraMove("Pedestal down", MoveGroup.PEDESTAL),
    CameraMove("Tilt up", MoveGroup.TILT),
    CameraMove("Tilt down", MoveGroup.TILT),
    CameraMove("Zoom in", MoveGroup.ZOOM),
    CameraMove("Zoom out", MoveGroup.ZOOM),
    CameraMove("Shake", MoveGroup.OTHER),
    CameraMove("Tracking shot", MoveGroup.OTHER),
    CameraMove("Static shot", MoveGroup.OTHER),
)


class Refusal(Enum):
    """Why a move was not written; the widget turns it into a sentence."""

    BRACKET_FULL = "bracket_full"
    ALREADY_IN_BRACKET = "already_in_bracket"


@dataclass(frozen=True)
class Insertion:
    text: str
    cursor: int


def takes_camera_moves(model_id: str) -> bool:
    return model_id == DIRECTOR_MODEL_ID


def moves_at(text: str, cursor: int) -> tuple[CameraMove, ...]:
    """The moves of the bracket a click at ``cursor`` would join, in the order written."""
    found = _bracket_at(text, cursor)
    if found is None:
        return ()
    return _moves_in(found[1]) or ()


def insert_move(text: str, cursor: int, move: CameraMove) -> Insertion | Refusal:
    """``text`` with ``move`` written at ``cursor``, and the cursor right after its bracket (so
    the next move joins it); or why it cannot be written there."""
    cursor = max(0, min(cursor, len(text)))
    found = _bracket_at(text, cursor)
    if found is not None:
        moves = _moves_in(found[1])
        if moves is None:
            return _new_bracket(text, found.end(), move)
        if move in moves:
            return Refusal.ALREADY_IN_BRACKET
        if len(moves) >= MAX_MOVES_PER_BRACKET:
            return Refusal.BRACKET_FULL
        # Rewritten from the items as the user spelled them, so stray spaces inside go too.
        bracket = "[" + ", ".join([*_items(found[1]), move.name]) + "]"
        return Insertion(text[: found.start()] + bracket + text[found.end():],
                         found.start() + len(bracket))
    return _new_bracket(text, _word_end(text, cursor), move)


# --- brackets --------------------------------------------------------------------------------
_BRACKET = re.compile(r"\[([^\[\]\n]*)\]")
_BY_KEY = {" ".join(move.name.split()).casefold(): move for move in CAMERA_MOVES}


def _bracket_at(text: str, cursor: int) -> re.Match[str] | None:
    """The bracket the cursor is inside of, or right after."""
    for found in _BRACKET.finditer(text):
        if found.start() < cursor <= found.end():
            return found
        if found.start() >= cursor:
            break
    return None


def _items(content: str) -> list[str]:
    return [item.strip() for item in content.split(",") if item.strip()]


def _moves_in(content: str) -> tuple[CameraMove, ...] | None:
    """The moves in a bracket's content; None when it holds anything else (the user's own)."""
    moves = []
    for item in _items(content):
        move = _BY_KEY.get(" ".join(item.split()).casefold())
        if move is None:
            return None
        moves.append(move)
    return tuple(moves)


# --- spacing ---------------------------------------------------------------------------------
_UNSPACED_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "IDEOGRAPHIC", "FULLWIDTH", "HALFWIDTH")
_WORD_JOINERS = "'’-"
_CLOSING = ",.;:!?…"


def _unspaced(char: str) -> bool:
    """Chinese and Japanese are written without spaces between words."""
    return unicodedata.name(char, "").startswith(_UNSPACED_SCRIPTS)


def _in_word(char: str) -> bool:
    # Combining accents belong to the letter before them ("é" typed as e + U+0301).
    return (char.isalnum() or unicodedata.category(char).startswith("M")) \
        and not _unspaced(char)


def _splits_word(text: str, at: int) -> bool:
    before, after = text[at - 1], text[at]
    if _in_word(before) and _in_word(after):
        return True
    if after in _WORD_JOINERS:  # don|'t, well|-known
        return _in_word(before) and at + 1 < len(text) and _in_word(text[at + 1])
    if before in _WORD_JOINERS:  # don'|t
        return _in_word(after) and at >= 2 and _in_word(text[at - 2])
    return False


def _word_end(text: str, at: int) -> int:
    while 0 < at < len(text) and _splits_word(text, at):
        at += 1
    return at


def _space_before(char: str) -> bool:
    """Does a bracket written after ``char`` need a space between them?"""
    return bool(char) and not char.isspace() and not _unspaced(char) \
        and unicodedata.category(char) not in ("Ps", "Pi")


def _space_after(char: str) -> bool:
    """Does a bracket written before ``char`` need a space between them?"""
    return bool(char) and not char.isspace() and not _unspaced(char) \
        and char not in _CLOSING and unicodedata.category(char) not in ("Pe", "Pf")


def _new_bracket(text: str, at: int, move: CameraMove) -> Insertion:
    before, after = text[:at], text[at:]
    lead = " " if _space_before(before[-1:]) else ""
    bracket = f"{lead}[{move.name}]"
    trail = " " if _space_after(after[:1]) else ""
    return Insertion(before + bracket + trail + after, at + len(bracket))
