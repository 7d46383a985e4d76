"""Writing director-mode camera moves into a prompt at the cursor.

In these tests ``|`` marks the cursor: in the prompt before the click, and in the expected text
after it.
"""

from __future__ import annotations

import pytest

from hailuo_desktop.domain.camera_moves import (
    CAMERA_MOVES,
    MAX_MOVES_PER_BRACKET,
    Insertion,
    MoveGroup,
    Refusal,
    insert_move,
    moves_at,
    takes_camera_moves,
)

MOVES = {move.name: move for move in CAMERA_MOVES}


def split(marked: str) -> tuple[str, int]:
    assert marked.count("|") == 1, "one cursor per example"
    return marked.replace("|", ""), marked.index("|")


def click(marked: str, *names: str) -> str | Refusal:
    """The prompt after clicking the moves in order, with the cursor shown; or the refusal."""
    text, cursor = split(marked)
    for name in names:
        result = insert_move(text, cursor, MOVES[name])
        if isinstance(result, Refusal):
            return result
        text, cursor = result.text, result.cursor
    return text[:cursor] + "|" + text[cursor:]


def on_at(marked: str) -> list[str]:
    return [move.name for move in moves_at(*split(marked))]


def test_the_fifteen_documented_moves_in_their_groups():
    assert [m.name for m in CAMERA_MOVES] == [
        "Truck left", "Truck right", "Pan left", "Pan right", "Push in", "Pull out",
        "Pedestal up", "Pedestal down", "Tilt up", "Tilt down", "Zoom in", "Zoom out",
        "Shake", "Tracking shot", "Static shot"]
    assert [m.group for m in CAMERA_MOVES[::2]] == [
        MoveGroup.TRUCK, MoveGroup.PAN, MoveGroup.PUSH_PULL, MoveGroup.PEDESTAL, MoveGroup.TILT,
        MoveGroup.ZOOM, MoveGroup.OTHER, MoveGroup.OTHER]
    assert MOVES["Tracking shot"].slug == "tracking_shot"
    assert len({m.slug for m in CAMERA_MOVES}) == 15
    assert MAX_MOVES_PER_BRACKET == 3


def test_only_the_director_model_takes_camera_moves():
    assert takes_camera_moves("minimax-i2v-director")
    assert not takes_camera_moves("minimax-i2v")
    assert not takes_camera_moves("minimax-t2v")


@pytest.mark.parametrize(("before", "after"), [
    ("|", "[Pan left]|"),
    ("|A cat runs", "[Pan left]| A cat runs"),
    ("A cat runs|", "A cat runs [Pan left]|"),
    ("A cat| runs", "A cat [Pan left]| runs"),
    ("A cat |runs", "A cat [Pan left]| runs"),
    ("A cat | runs", "A cat [Pan left]| runs"),
    ("A cat runs |", "A cat runs [Pan left]|"),
    ("A cat|  runs", "A cat [Pan left]|  runs"),
])
def test_a_new_bracket_gets_one_space_from_the_words_around_it(before, after):
    assert click(before, "Pan left") == after


@pytest.mark.parametrize(("before", "after"), [
    ("A ca|t runs", "A cat [Pan left]| runs"),
    ("|cat", "[Pan left]| cat"),
    ("it do|n't stop", "it don't [Pan left]| stop"),
    ("it don'|t stop", "it don't [Pan left]| stop"),
    ("a well|-known place", "a well-known [Pan left]| place"),
    ("20|24 lights", "2024 [Pan left]| lights"),
])
def test_a_cursor_inside_a_word_writes_after_the_word(before, after):
    assert click(before, "Pan left") == after


@pytest.mark.parametrize(("before", "after"), [
    ("A cat|, running", "A cat [Pan left]|, running"),
    ("A cat|.", "A cat [Pan left]|."),
    ("A cat.|", "A cat. [Pan left]|"),
    ("A cat!| It runs", "A cat! [Pan left]| It runs"),
    ("(|a cat)", "([Pan left]| a cat)"),
    ("(a cat|)", "(a cat [Pan left]|)"),
    ("“|a cat”", "“[Pan left]| a cat”"),
    ("A cat\n|runs", "A cat\n[Pan left]| runs"),
    ("A cat|\nruns", "A cat [Pan left]|\nruns"),
    ("A cat - |runs", "A cat - [Pan left]| runs"),
])
def test_no_space_inside_parentheses_or_before_closing_punctuation(before, after):
    assert click(before, "Pan left") == after


def test_moves_clicked_in_a_row_share_one_bracket():
    assert click("A cat runs|", "Pan left", "Pedestal up") == \
        "A cat runs [Pan left, Pedestal up]|"
    assert click("|A cat runs", "Pan left", "Pedestal up", "Zoom in") == \
        "[Pan left, Pedestal up, Zoom in]| A cat runs"


def test_a_fourth_move_in_a_bracket_is_refused():
    assert click("A cat [Pan left, Pedestal up, Zoom in]|", "Shake") == Refusal.BRACKET_FULL
    assert click("A cat|", "Pan left", "Pedestal up", "Zoom in", "Shake") == Refusal.BRACKET_FULL


@pytest.mark.parametrize("prompt", [
    "A cat [Pan left]|", "A cat [Pan left, Zoom in]|", "A cat [pan  LEFT]|",
    "A cat [Pan left, Zoom in, Shake]|",
])
def test_the_same_move_twice_in_a_bracket_is_refused(prompt):
    assert click(prompt, "Pan left") == Refusal.ALREADY_IN_BRACKET


def test_the_same_move_may_come_back_in_a_later_bracket():
    assert click("[Pan left] A cat runs|", "Pan left") == "[Pan left] A cat runs [Pan left]|"


@pytest.mark.parametrize(("before", "after"), [
    ("[|] A cat", "[Pan left]| A cat"),
    ("[Zoom in|] A cat", "[Zoom in, Pan left]| A cat"),
    ("[|Zoom in] A cat", "[Zoom in, Pan left]| A cat"),
    ("[Zo|om in] A cat", "[Zoom in, Pan left]| A cat"),
    ("A cat [ Zoom in ,Shake ]|", "A cat [Zoom in, Shake, Pan left]|"),
    ("A cat [zoom in]|", "A cat [zoom in, Pan left]|"),
])
def test_a_cursor_inside_or_right_after_a_bracket_joins_it_tidily(before, after):
    assert click(before, "Pan left") == after


@pytest.mark.parametrize(("before", "after"), [
    ("A cat |[Zoom in]", "A cat [Pan left]| [Zoom in]"),
    ("A cat|[Zoom in]", "A cat [Pan left]| [Zoom in]"),
    ("[Zoom in] |A cat", "[Zoom in] [Pan left]| A cat"),
    ("[Zoom in] A| cat", "[Zoom in] A [Pan left]| cat"),
])
def test_next_to_a_bracket_but_not_in_it_starts_a_new_one(before, after):
    assert click(before, "Pan left") == after


def test_with_several_brackets_only_the_one_at_the_cursor_grows():
    prompt = "[Zoom in] A cat [Shake]| runs [Tilt up]"
    assert click(prompt, "Pan left") == "[Zoom in] A cat [Shake, Pan left]| runs [Tilt up]"
    assert click("[Zoom in]|[Shake]", "Pan left") == "[Zoom in, Pan left]|[Shake]"
    assert click("[Zoom in][Sh|ake]", "Pan left") == "[Zoom in][Shake, Pan left]|"


@pytest.mark.parametrize(("before", "after"), [
    ("A cat [sic]|", "A cat [sic] [Pan left]|"),
    ("A [s|ic] cat", "A [sic] [Pan left]| cat"),
    ("A [Pan left, sic|] cat", "A [Pan left, sic] [Pan left]| cat"),
    ("Day [1|", "Day [1 [Pan left]|"),
])
def test_brackets_of_the_users_own_are_left_alone(before, after):
    assert click(before, "Pan left") == after


@pytest.mark.parametrize(("before", "after"), [
    ("一只猫|在跑", "一只猫[Pan left]|在跑"),
    ("|一只猫在跑", "[Pan left]|一只猫在跑"),
    ("一只猫在跑|", "一只猫在跑[Pan left]|"),
    ("一只猫|，在跑。", "一只猫[Pan left]|，在跑。"),
    ("一只猫，|在跑", "一只猫，[Pan left]|在跑"),
    ("「|猫」", "「[Pan left]|猫」"),
    ("A cat|一只猫", "A cat [Pan left]|一只猫"),
    ("一只猫|A cat", "一只猫[Pan left]| A cat"),
    ("猫が|走る", "猫が[Pan left]|走る"),
    ("고양이가| 달린다", "고양이가 [Pan left]| 달린다"),
    ("고양|이가 달린다", "고양이가 [Pan left]| 달린다"),
])
def test_chinese_and_japanese_take_no_spaces_other_scripts_do(before, after):
    assert click(before, "Pan left") == after


def test_chinese_text_around_a_bracket_that_grows():
    assert click("一只猫[Zoom in]|在跑", "Pan left", "Shake") == \
        "一只猫[Zoom in, Pan left, Shake]|在跑"
    assert on_at("一只猫[Zoom in, Shake]|在跑") == ["Zoom in", "Shake"]


@pytest.mark.parametrize(("before", "after"), [
    ("Un café| au lait", "Un café [Pan left]| au lait"),
    ("Un cafe|\u0301 au lait", "Un cafe\u0301 [Pan left]| au lait"),
    ("Straße|", "Straße [Pan left]|"),
    ("Кот бе|жит", "Кот бежит [Pan left]|"),
    ("A cat 🐱|", "A cat 🐱 [Pan left]|"),
    ("🐱|🐶", "🐱 [Pan left]| 🐶"),
])
def test_unicode_prompts(before, after):
    assert click(before, "Pan left") == after


def test_a_cursor_out_of_range_is_held_to_the_text():
    assert insert_move("A cat", 99, MOVES["Shake"]) == Insertion("A cat [Shake]", 13)
    assert insert_move("A cat", -4, MOVES["Shake"]) == Insertion("[Shake] A cat", 7)


@pytest.mark.parametrize(("prompt", "moves"), [
    ("|", []),
    ("A cat| runs", []),
    ("[Pan left]|", ["Pan left"]),
    ("[Pan left|]", ["Pan left"]),
    ("[|Pan left]", ["Pan left"]),
    ("|[Pan left]", []),
    ("[Pan left] |", []),
    ("[Pan left, zoom IN]| A cat", ["Pan left", "Zoom in"]),
    ("[Pan left] A cat [Shake, Static shot]|", ["Shake", "Static shot"]),
    ("[Pan left]|[Shake]", ["Pan left"]),
    ("A cat [sic]|", []),
    ("A cat [Pan left, sic]|", []),
])
def test_the_moves_a_bracket_at_the_cursor_already_has(prompt, moves):
    assert on_at(prompt) == moves
