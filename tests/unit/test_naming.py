"""Clip file names: readable, unique, and safe whatever the prompt or the task id contains."""

from __future__ import annotations

import re
import time
import unicodedata

import pytest

from hailuo_desktop.domain.naming import (
    MAX_NAME_BYTES,
    MAX_NAME_LENGTH,
    is_safe_name,
    safe_name,
    short_id,
    sidecar_name,
    slug,
    unique_path,
    video_file_name,
)

# What any saved name must look like: date, time, slug, short id, ".mp4"; the slug is words
# of letters, marks and digits of any script, joined by "-".
NAME_SHAPE = re.compile(r"^\d{4}-\d{2}-\d{2}_\d{4}_(?P<slug>.+)_[a-z0-9]{8}\.mp4$")


def is_word(word: str) -> bool:
    return bool(word) and all(unicodedata.category(ch)[0] in "LNM" for ch in word)
WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)),
                    *(f"lpt{n}" for n in range(1, 10))}
CREATED = time.mktime((2026, 11, 23, 14, 12, 30, 0, 0, -1))  # local time, as the name shows

HOSTILE_PROMPTS = [
    "../../etc/passwd",
    "..\\..\\Windows\\System32\\config",
    "CON",
    "aux.txt",
    "nul",
    "COM1",
    "lpt9.mp4",
    "🌅🌊🎬",
    "x" * 500,
    "word " * 200,
    "line one\nline two\ttabbed\r\n",
    '<>:"/\\|?*',
    "",
    "   ",
    ".",
    "..",
    "trailing dot. ",
    "\x00\x01\x1f\x7f",
    "名字 とても 美しい",
    "https://evil.example/a?b=c#d",
]


def assert_safe(name: str) -> None:
    assert len(name) <= MAX_NAME_LENGTH
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES  # ext4 and APFS count bytes
    assert unicodedata.normalize("NFC", name) == name
    assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Zs", "Zl", "Zp") for ch in name)
    shape = NAME_SHAPE.match(name)
    assert shape and all(is_word(word) for word in shape["slug"].split("-")), name
    assert "/" not in name and "\\" not in name and ".." not in name
    assert not any(ord(ch) < 32 or ord(ch) == 127 for ch in name)
    assert not any(ch in '<>:"|?*' for ch in name)
    assert not name.endswith((".", " "))
    assert name.split(".")[0].lower() not in WINDOWS_RESERVED
    assert is_safe_name(name)


def test_a_readable_name_from_date_prompt_and_task_id():
    name = video_file_name(CREATED, "Golden sunset over waves", "baf1034c-5b2e-4c1d-9f0e")
    assert name == "2026-11-23_1412_golden-sunset-over-waves_baf1034c.mp4"


@pytest.mark.parametrize("prompt", HOSTILE_PROMPTS)
def test_hostile_prompts_give_safe_names(prompt):
    assert_safe(video_file_name(CREATED, prompt, "baf1034c-5b2e"))


@pytest.mark.parametrize("task_id", ["../../x", "CON", "", "////", "🎬🎬", "A" * 300,
                                     "id\nwith\nbreaks"])
def test_hostile_task_ids_give_safe_names(task_id):
    assert_safe(video_file_name(CREATED, "a cat", task_id))


def test_slug_keeps_words_cut_at_a_word():
    assert slug("Crème brûlée à la ﬁne café!") == "crème-brûlée-à-la-fine-café"
    long = slug("golden sunset over the endless waves of a quiet northern sea at dusk again")
    assert long == "golden-sunset-over-the-endless-waves-of-a-quiet"  # "northern" would pass 50
    assert slug("x" * 500) == "x" * 50  # one giant word is cut, not dropped
    assert slug("🌅🌊") == slug("") == slug("?!") == "video"


@pytest.mark.parametrize(("prompt", "expected"), [
    ("一只猫在雨中散步", "一只猫在雨中散步"),                 # Chinese: no spaces, one word
    ("夕焼けの海、ゆっくり ズーム", "夕焼けの海-ゆっくり-ズーム"),  # Japanese, 、 separates
    ("غروب الشمس فوق البحر", "غروب-الشمس-فوق-البحر"),       # Arabic
    ("सूर्यास्त समुद्र", "सूर्यास्त-समुद्र"),                        # Devanagari keeps its vowel signs
    ("Закат над морем", "закат-над-морем"),                  # Cyrillic, lower-cased
    ("🌅 sunset 🌊 waves", "sunset-waves"),                   # emoji are not letters
    ("ＡＢＣ　１２３", "abc-123"),                             # full-width forms folded (NFKC)
    ("e\u0301te\u0301", "été"),                               # decomposed input comes out composed
])
def test_slug_keeps_the_letters_of_every_script(prompt, expected):
    assert slug(prompt) == expected
    name = video_file_name(CREATED, prompt, "baf1034c-5b2e")
    assert name == f"2026-11-23_1412_{expected}_baf1034c.mp4"
    assert_safe(name)


def test_a_long_prompt_in_a_script_without_spaces_stays_within_the_byte_limit():
    name = video_file_name(CREATED, "猫" * 400, "baf1034c-5b2e")
    assert_safe(name)
    assert "猫猫猫" in name and name.endswith("_baf1034c.mp4")


def test_unicode_names_number_within_the_limits(tmp_path):
    name = video_file_name(CREATED, "夕焼け" * 100, "baf1034c")
    for _ in range(3):
        path = unique_path(tmp_path, name)
        assert is_safe_name(path.name) and len(path.name.encode()) <= MAX_NAME_BYTES
        path.write_bytes(b"")
    assert path.name.endswith("_baf1034c-3.mp4")


@pytest.mark.parametrize("name", ["名字.mp4", "a\u200fb.mp4", "-x.mp4", "\u0301a.mp4",
                                  "a/b.mp4", "a:b.mp4", "a b.mp4", "x.mp4 ", "x.mp4."])
def test_only_names_the_app_could_have_made_are_safe(name):
    assert is_safe_name(name) == (name == "名字.mp4")


def test_path_traversal_keeps_only_the_words():
    assert slug("../../etc/passwd") == "etc-passwd"


def test_short_id_is_eight_safe_characters():
    assert short_id("BAF1034C-5B2E") == "baf1034c"
    assert short_id("ab-cd-ef-gh-ij") == "abcdefgh"
    assert re.fullmatch(r"[0-9a-f]{8}", short_id("a-b-c"))  # too short to be told apart
    assert re.fullmatch(r"[0-9a-f]{8}", short_id("////"))
    assert short_id("////") != short_id("\\\\\\")  # hashed, so distinct ids stay distinct


def test_sidecar_shares_the_stem():
    assert sidecar_name("2026-11-23_1412_cat_baf1034c.mp4") == "2026-11-23_1412_cat_baf1034c.json"
    assert sidecar_name("clip-2.mp4") == "clip-2.json"


@pytest.mark.parametrize(("name", "expected"), [
    ("CON", "video-CON"),
    ("aux.txt", "video-aux.txt"),
    ("Com1.mp4", "video-Com1.mp4"),
    ("", "video"),
    ("../../etc/passwd", "video.etcpasswd"),
    ("a b<c>.mp4", "a-b-c.mp4"),
])
def test_safe_name_repairs_any_name(name, expected):
    repaired = safe_name(name)
    assert repaired == expected
    assert is_safe_name(repaired)


def test_safe_name_fits_the_length_limit_and_keeps_the_suffix():
    repaired = safe_name("y" * 400 + ".mp4")
    assert len(repaired) == MAX_NAME_LENGTH and repaired.endswith(".mp4")


def test_unique_path_skips_names_taken_by_a_clip_a_sidecar_or_a_part(tmp_path):
    name = "2026-11-23_1412_cat_baf1034c.mp4"
    assert unique_path(tmp_path, name) == tmp_path / name
    (tmp_path / name).write_bytes(b"clip")
    assert unique_path(tmp_path, name).name == "2026-11-23_1412_cat_baf1034c-2.mp4"
    (tmp_path / "2026-11-23_1412_cat_baf1034c-2.json").write_text("{}")
    assert unique_path(tmp_path, name).name == "2026-11-23_1412_cat_baf1034c-3.mp4"
    (tmp_path / "2026-11-23_1412_cat_baf1034c-3.mp4.part").write_bytes(b"")
    assert unique_path(tmp_path, name).name == "2026-11-23_1412_cat_baf1034c-4.mp4"


def test_unique_path_stays_safe_and_short_for_long_names(tmp_path):
    name = video_file_name(CREATED, "word " * 100, "baf1034c")
    taken = []
    for _ in range(12):
        path = unique_path(tmp_path, name)
        assert path.parent == tmp_path
        assert len(path.name) <= MAX_NAME_LENGTH and is_safe_name(path.name)
        path.write_bytes(b"")
        taken.append(path.name)
    assert len(set(taken)) == 12
    assert taken[-1].endswith("_baf1034c-12.mp4")


def test_unique_path_repairs_a_hostile_name_instead_of_escaping(tmp_path):
    path = unique_path(tmp_path, "../../outside.mp4")
    assert path.parent == tmp_path and is_safe_name(path.name)
