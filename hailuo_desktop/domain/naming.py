"""File names for saved clips: readable, unique, and safe on Windows, macOS and Linux.

A name is ``<date>_<time>_<slug of the prompt>_<short task id>.mp4``, for example
``2026-11-23_1412_golden-sunset-over-waves_baf1034c.mp4`` or
``2026-11-23_1412_一只猫在雨中散步_baf1034c.mp4``. The slug keeps the letters, marks and digits of
every script (NFKC-normalised, so a name typed again matches) and nothing else: no separator,
``..``, control or bidi character, nor anything Windows forbids can get in, whatever the prompt
or the service sends. Names stay within 120 characters and, as file systems count bytes (255 on
ext4 and APFS, UTF-8), within 200 bytes, leaving room for ``.part`` and numbering. The short id
(ASCII) always ends the stem: the library finds a task's files by it.
"""

from __future__ import annotations

import hashlib
import re
import time
import unicodedata
from pathlib import Path

MAX_NAME_LENGTH = 120
MAX_NAME_BYTES = 200
MAX_SLUG_LENGTH = 50
MAX_SLUG_BYTES = 120
SHORT_ID_LENGTH = 8
FALLBACK_SLUG = "video"
PART_SUFFIX = ".part"

# Windows refuses these as a file name, with or without an extension ("CON.mp4", "aux.txt").
RESERVED_STEMS = frozenset(
    ["con", "prn", "aux", "nul"]
    + [f"com{n}" for n in range(1, 10)]
    + [f"lpt{n}" for n in range(1, 10)]
)
_SUFFIX = re.compile(r"^[A-Za-z0-9]+$")


def _is_word_char(ch: str) -> bool:
    """Letters, digits and combining marks of any script (Devanagari's vowel signs are marks)."""
    return unicodedata.category(ch)[0] in "LNM"


def _words(text: str) -> list[str]:
    words, current = [], []
    for ch in text:
        # A mark with no letter before it has nothing to combine with: it is dropped.
        if _is_word_char(ch) and (current or unicodedata.category(ch)[0] != "M"):
            current.append(ch)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def _fits(text: str, chars: int, size: int) -> bool:
    return len(text) <= chars and len(text.encode("utf-8")) <= size


def _cut(text: str, chars: int, size: int) -> str:
    """The longest start of `text` within `chars` characters and `size` UTF-8 bytes."""
    text = text[:chars]
    while len(text.encode("utf-8")) > size:
        text = text[:-1]
    return text


def slug(prompt: str) -> str:
    """Lowercase words of the prompt (any script) joined by '-', cut at a word, or "video"."""
    text = unicodedata.normalize("NFKC", prompt).lower()
    result = ""
    for word in _words(text):
        candidate = f"{result}-{word}" if result else word
        if not _fits(candidate, MAX_SLUG_LENGTH, MAX_SLUG_BYTES):
            # One giant word (a URL pasted as a prompt, or a sentence in a script written
            # without spaces) is cut; otherwise stop at a word.
            result = result or _cut(word, MAX_SLUG_LENGTH, MAX_SLUG_BYTES)
            break
        result = candidate
    return result or FALLBACK_SLUG


def short_id(task_id: str) -> str:
    """Eight characters that tell tasks apart: the id's first letters and digits, or a hash
    of it when it has fewer than eight."""
    cleaned = re.sub(r"[^a-z0-9]", "", task_id.lower())
    if len(cleaned) < SHORT_ID_LENGTH:
        return hashlib.sha256(task_id.encode()).hexdigest()[:SHORT_ID_LENGTH]
    return cleaned[:SHORT_ID_LENGTH]


def _timestamp(created_at: float) -> str:
    try:
        return time.strftime("%Y-%m-%d_%H%M", time.localtime(created_at))
    except (OverflowError, OSError, ValueError):
        return "0000-00-00_0000"  # a clock value the platform cannot show: still a valid name


def video_file_name(created_at: float, prompt: str, task_id: str) -> str:
    return safe_name(f"{_timestamp(created_at)}_{slug(prompt)}_{short_id(task_id)}.mp4")


def sidecar_name(video_name: str) -> str:
    return f"{Path(video_name).stem}.json"


def part_name(video_name: str) -> str:
    return video_name + PART_SUFFIX


def _stem_ok(stem: str) -> bool:
    return (bool(stem) and _is_word_char(stem[0]) and unicodedata.category(stem[0])[0] != "M"
            and all(_is_word_char(ch) or ch in "-_" for ch in stem))


def is_safe_name(name: str) -> bool:
    stem, *suffixes = name.split(".")
    return (_fits(name, MAX_NAME_LENGTH, MAX_NAME_BYTES) and _stem_ok(stem)
            and all(_SUFFIX.match(suffix) for suffix in suffixes)
            and stem.lower() not in RESERVED_STEMS)


def _clean_stem(stem: str) -> str:
    """Runs of anything but word characters, '-' and '_' become one '-'."""
    out: list[str] = []
    for ch in stem:
        if _is_word_char(ch) or ch in "-_":
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    cleaned = "".join(out).strip("-_")
    while cleaned and unicodedata.category(cleaned[0])[0] == "M":
        cleaned = cleaned[1:].lstrip("-_")
    return cleaned


def safe_name(name: str) -> str:
    """`name` made safe: unsafe characters become '-', reserved or empty stems get a prefix,
    and a long stem is cut so that the whole name fits the length limits."""
    name = unicodedata.normalize("NFKC", name)
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    suffix = re.sub(r"[^A-Za-z0-9]", "", suffix)[:10]
    stem = _clean_stem(stem)
    if not stem or stem.lower() in RESERVED_STEMS:
        stem = f"{FALLBACK_SLUG}-{stem}".rstrip("-")
    ending = f".{suffix}" if suffix else ""
    stem = _cut(stem, MAX_NAME_LENGTH - len(ending), MAX_NAME_BYTES - len(ending)).rstrip("-_")
    return stem + ending


def _numbered(name: str, number: int) -> str:
    if number == 1:
        return name
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    ending = f"-{number}" + (f".{suffix}" if suffix else "")
    return _cut(stem, MAX_NAME_LENGTH - len(ending), MAX_NAME_BYTES - len(ending)) + ending


def unique_path(folder: Path, name: str) -> Path:
    """`folder / name`, numbered ``-2``, ``-3``… while the name, its sidecar or its ``.part``
    is taken. Not atomic: `storage.library.Library.reserve` claims the result."""
    name = safe_name(name)
    number = 1
    while True:
        candidate = _numbered(name, number)
        taken = (candidate, sidecar_name(candidate), part_name(candidate))
        if not any((folder / other).exists() for other in taken):
            return folder / candidate
        number += 1
