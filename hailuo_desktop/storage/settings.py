"""User settings, declared once with typed defaults, kept as versioned JSON in the config folder.

Two kinds of checking, on purpose:
- `load_settings` keeps every value of the declared type that is not nonsense, so a damaged or
  hand-edited file never stops the app (a value it cannot use falls back to its default);
- `validate` holds the rules people see in the Settings dialog, one sentence per field.
A file may ask for faster timings than the dialog offers (the end-to-end tests poll every
0.1 s), so the lower bounds of the timing ranges are the dialog's, not the loader's.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import math
import os
import tempfile
import unicodedata
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from urllib.parse import urlsplit

from .paths import private_dir

log = logging.getLogger(__name__)

SETTINGS_VERSION = 2
# Version 1 knew only these; anything else in a v1 file cannot have come from the app.
_V1_FIELDS = ("base_url", "poll_interval_seconds", "stale_after_minutes")


@dataclass
class Settings:
    base_url: str = ""                  # empty: ACEDATACLOUD_API_BASE_URL, else the real service
    poll_interval_seconds: float = 5.0  # how often unfinished tasks are checked
    stale_after_minutes: float = 30.0   # stop polling a task that runs longer than this
    library_dir: str = ""               # empty: the default library folder
    auto_download: bool = True          # save finished clips to the library by themselves
    notifications: bool = True          # a desktop notification when a video is ready
    callback_url: str = ""              # the service also POSTs each result here (we still poll)
    max_concurrent: int = 3             # generations that may run at once
    player_volume: float = 0.8          # 0..1
    player_muted: bool = False


@dataclass(frozen=True)
class _Range:
    low: float
    high: float
    sentence: str


_RANGES: dict[str, _Range] = {
    "poll_interval_seconds": _Range(2, 60, "Choose between 2 and 60 seconds."),
    "stale_after_minutes": _Range(5, 240, "Choose between 5 and 240 minutes."),
    "max_concurrent": _Range(1, 10, "Choose between 1 and 10 videos at once."),
    "player_volume": _Range(0, 1, "The volume goes from 0 to 1."),
}
_LOOSE_LOW = ("poll_interval_seconds", "stale_after_minutes")


# --- rules for people ----------------------------------------------------------------------------


def validate(settings: Settings) -> dict[str, str]:
    """Field name → the sentence that says what is wrong with it; empty when all is well."""
    problems = {}
    for f in fields(Settings):
        sentence = validate_field(f.name, getattr(settings, f.name))
        if sentence:
            problems[f.name] = sentence
    return problems


def validate_field(name: str, value: object) -> str | None:
    default = getattr(Settings(), name)
    if not _same_type(value, default):
        return "This value has the wrong type."
    if name in _RANGES:
        rule = _RANGES[name]
        assert isinstance(value, int | float)
        return None if math.isfinite(value) and rule.low <= value <= rule.high else rule.sentence
    if name == "base_url":
        return url_problem(str(value), allow_query=False)
    if name == "callback_url":
        return url_problem(str(value), allow_query=True)
    if name == "library_dir":
        return folder_name_problem(str(value))
    return None


def url_problem(raw: str, *, allow_query: bool) -> str | None:
    """Why an address cannot be used; None for a good one or an empty one (the default)."""
    text = raw.strip()
    if not text:
        return None
    if _has_control_or_space(text):
        return "An address has no spaces or line breaks inside."
    try:
        parts = urlsplit(text)
    except ValueError:  # e.g. brackets around something that is not an IPv6 address
        return "This address is not valid. Check it, or copy it again."
    try:
        port = parts.port
    except ValueError:  # out of range or not a number
        port = 0
    if port == 0:
        return "The port number after the colon is not valid."
    if parts.scheme.lower() not in ("http", "https") or not _host_ok(parts.hostname or ""):
        return "Write a full address that starts with https://, e.g. https://api.acedata.cloud"
    if parts.username is not None or parts.password is not None:
        return "Leave user names and passwords out of the address."
    if not allow_query and (parts.query or parts.fragment or text.endswith(("?", "#"))):
        return "The service address ends at its path: remove the part from ? or #."
    if parts.scheme.lower() == "http" and not is_loopback(parts.hostname):
        return ("Use https:// so nothing travels unencrypted. Plain http:// is only allowed "
                "for this computer (localhost or 127.0.0.1).")
    return None


def is_loopback(host: str) -> bool:
    """localhost, 127.0.0.0/8 and ::1: the only hosts plain http may talk to."""
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _host_ok(host: str) -> bool:
    if not host:
        return False
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    labels = host.removesuffix(".").split(".")
    return len(host) <= 253 and all(
        0 < len(label) <= 63 and all(ch.isalnum() or ch in "-_" for ch in label)
        for label in labels)


def folder_name_problem(raw: str) -> str | None:
    text = raw.strip()
    if not text:
        return None
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        return "A folder name cannot contain line breaks or control characters."
    if not Path(text).expanduser().is_absolute():
        return "Choose a full folder path, for example with Browse…"
    return None


def library_dir_problem(folder: Path) -> str | None:
    """Whether clips can be saved in `folder`. Blocking file I/O: call it from a worker thread.

    A folder that does not exist yet is fine when it can be made; it is not made here (this
    runs while the user types), the nearest existing parent is tried instead.
    """
    try:
        target = folder
        while not target.exists():
            if target.parent == target:
                return "This folder cannot be found on this computer."
            target = target.parent
        if not target.is_dir():
            return f"“{target.name}” is a file, not a folder. Choose another folder."
        with tempfile.TemporaryFile(dir=target, prefix=".hailuo-write-test-"):
            pass
    except OSError as exc:
        return f"Videos can't be saved in this folder ({exc.strerror or exc}). Choose another."
    return None


# --- the file ------------------------------------------------------------------------------------


def load_settings(path: Path) -> Settings:
    """Settings from disk; a missing or damaged file gives the defaults (and is logged)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable, using defaults: %s", path, exc)
        return Settings()
    values = raw.get("values") if isinstance(raw, dict) else None
    if not isinstance(values, dict):
        values = {}
    version = raw.get("version") if isinstance(raw, dict) else None
    if version == 1 or type(version) is not int:
        values = {name: values[name] for name in _V1_FIELDS if name in values}
    elif version > SETTINGS_VERSION:
        log.warning("settings file %s is from a newer app (version %s): reading what this "
                    "version knows", path, version)
    settings = Settings()
    for f in fields(Settings):
        value = _usable(f.name, values.get(f.name), getattr(settings, f.name))
        if value is not None:
            setattr(settings, f.name, value)
    return settings


def save_settings(path: Path, settings: Settings) -> None:
    """Write atomically: a crash mid-write leaves the old file, never half of a new one.
    The file is private (mkstemp makes it 0600)."""
    private_dir(path.parent)
    body = json.dumps({"version": SETTINGS_VERSION, "values": asdict(settings)}, indent=2)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(body)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _usable(name: str, value: object, default: object) -> object | None:
    """The value in the field's type if a file may hold it, else None (keep the default)."""
    if isinstance(default, int) and isinstance(value, float) and value.is_integer():
        value = int(value)  # 3.0 in a hand-edited file means 3
    elif isinstance(default, float) and _same_type(value, 0):
        value = float(value)  # type: ignore[arg-type]
    if not _same_type(value, default):
        return None
    if isinstance(value, str):
        return None if _has_control(value) else value
    if name in _RANGES:
        rule = _RANGES[name]
        assert isinstance(value, int | float)
        low_ok = value > 0 if name in _LOOSE_LOW else value >= rule.low
        return value if math.isfinite(value) and low_ok and value <= rule.high else None
    return value


def _same_type(value: object, default: object) -> bool:
    # bool is an int to Python; in settings `true` is never a number, nor 1 a yes.
    return type(value) is type(default)


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in text)


def _has_control_or_space(text: str) -> bool:
    return _has_control(text) or any(ch.isspace() for ch in text)
