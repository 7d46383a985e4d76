"""File names for saved clips: readable, unique, and safe on Windows, macOS and Linux.

A name is ``<date>_<time>_<slug of the prompt>_<short task id>.mp4``, for example
``2026-11-23_1412_golden-sunset-over-waves_baf1034c.mp4``. Only ASCII letters, digits, ``-``
and ``_`` come from the prompt or the task id, so no separator, ``..``, control character or
character Windows forbids can get in, whatever the prompt or the service sends.
"""

from __future__ import annotations

import hashlib
import re
import time
import unicodedata
from pathlib import Path

MAX_NAME_LENGTH = 120
MAX_SLUG_LENGTH = 50
SHORT_ID_LENGTH = 8
FALLBACK_SLUG = "video"
PART_SUFFIX = ".part"

# Windows refuses these as a file name, with or without an extension ("CON.mp4", "aux.txt").
RESERVED_STEMS = frozenset(
    ["con", "prn", "aux", "nul"]
    + [f"com{n}" for n in range(1, 10)]
    + [f"lpt{n}" for n in range(1, 10)]
)
_WORD = re.compile(r"[a-z0-9]+")
SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9]+)*$")


def slug(prompt: str) -> str:
    """Lowercase ASCII words of the prompt joined by '-', cut at a word, or "video"."""
    ascii_text = unicodedata.normalize("NFKD", prompt).encode("ascii", "ignore").decode()
    result = ""
    for word in _WORD.findall(ascii_text.lower()):
        candidate = f"{result}-{word}" if result else word
        if len(candidate) > MAX_SLUG_LENGTH:
            # One giant word (a URL pasted as a prompt, say) is cut; otherwise stop at a word.
            result = result or word[:MAX_SLUG_LENGTH]
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


def is_safe_name(name: str) -> bool:
    stem = name.split(".", 1)[0].lower()
    return (len(name) <= MAX_NAME_LENGTH and SAFE_NAME.match(name) is not None
            and stem not in RESERVED_STEMS)


def safe_name(name: str) -> str:
    """`name` made safe: unsafe characters become '-', reserved or empty stems get a prefix,
    and a long stem is cut so that the whole name fits MAX_NAME_LENGTH."""
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    suffix = re.sub(r"[^A-Za-z0-9]", "", suffix)[:10]
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-_")
    if not stem or stem.lower() in RESERVED_STEMS:
        stem = f"{FALLBACK_SLUG}-{stem}".rstrip("-")
    ending = f".{suffix}" if suffix else ""
    stem = stem[: MAX_NAME_LENGTH - len(ending)].rstrip("-_")
    return stem + ending


def _numbered(name: str, number: int) -> str:
    if number == 1:
        return name
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    ending = f"-{number}" + (f".{suffix}" if suffix else "")
    return stem[: MAX_NAME_LENGTH - len(ending)] + ending


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
