"""User settings, declared once with typed defaults, and the rules people see in the Settings
dialog (one sentence per field). Reading and writing the file is `storage.settings`'s job.
"""

from __future__ import annotations

import ipaddress
import math
import unicodedata
from dataclasses import dataclass, field, fields
from pathlib import Path
from urllib.parse import urlsplit

from .i18n import QT_TRANSLATE_NOOP, Context
from .language import LANGUAGES
from .window_geometry import is_rect

SettingsRules = Context("SettingsRules")

SETTINGS_VERSION = 2


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
    language: str = ""                  # "en", "zh_CN", or "": the system's (at the next start)
    # Remembered for the next start, never asked for in the dialog:
    library_view: str = "table"         # "table" or "gallery": how the videos are shown
    window_geometry: list[int] = field(default_factory=list)  # x, y, w, h; empty: first run
    window_maximized: bool = False
    demo: bool = False                  # the demo was chosen: a start without a token opens it
    last_model: str = ""                # the form as it was left
    last_prompt: str = ""


@dataclass(frozen=True)
class _Range:
    low: float
    high: float
    sentence: str  # translated where it is said


RANGES: dict[str, _Range] = {
    "poll_interval_seconds": _Range(2, 60, QT_TRANSLATE_NOOP(
        "SettingsRules", "Choose between 2 and 60 seconds.")),
    "stale_after_minutes": _Range(5, 240, QT_TRANSLATE_NOOP(
        "SettingsRules", "Choose between 5 and 240 minutes.")),
    "max_concurrent": _Range(1, 10, QT_TRANSLATE_NOOP(
        "SettingsRules", "Choose between 1 and 10 videos at once.")),
    "player_volume": _Range(0, 1, QT_TRANSLATE_NOOP(
        "SettingsRules", "The volume goes from 0 to 1.")),
}
LOOSE_LOW = ("poll_interval_seconds", "stale_after_minutes")
# Kept by the parts that own them, never set in the Settings dialog.
REMEMBERED = ("player_volume", "player_muted", "window_geometry", "window_maximized", "demo",
              "last_model", "last_prompt")
# Text that is one of a few words.
CHOICES = {"language": ("", *LANGUAGES)}
# Text that may hold line breaks and tabs (other control characters never).
MULTILINE = frozenset({"last_prompt"})


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
    if not same_type(value, default):
        return SettingsRules.tr("This value has the wrong type.")
    if name in RANGES:
        rule = RANGES[name]
        assert isinstance(value, int | float)
        return None if math.isfinite(value) and rule.low <= value <= rule.high \
            else SettingsRules.tr(rule.sentence)
    if name == "base_url":
        return url_problem(str(value), allow_query=False)
    if name == "callback_url":
        return url_problem(str(value), allow_query=True)
    if name == "library_dir":
        return folder_name_problem(str(value))
    if name == "window_geometry":
        return None if value == [] or is_rect(value) \
            else SettingsRules.tr("This is not a window's place.")
    if name in CHOICES and value not in CHOICES[name]:
        return SettingsRules.tr("The app has no translation in this language.")
    if isinstance(value, str) and has_control(value, line_breaks_ok=name in MULTILINE):
        return SettingsRules.tr("This text has control characters inside.")
    return None


def url_problem(raw: str, *, allow_query: bool) -> str | None:
    """Why an address cannot be used; None for a good one or an empty one (the default)."""
    text = raw.strip()
    if not text:
        return None
    if has_control_or_space(text):
        return SettingsRules.tr("An address has no spaces or line breaks inside.")
    try:
        parts = urlsplit(text)
    except ValueError:  # e.g. brackets around something that is not an IPv6 address
        return SettingsRules.tr("This address is not valid. Check it, or copy it again.")
    try:
        port = parts.port
    except ValueError:  # out of range or not a number
        port = 0
    if port == 0:
        return SettingsRules.tr("The port number after the colon is not valid.")
    if parts.scheme.lower() not in ("http", "https") or not _host_ok(parts.hostname or ""):
        return SettingsRules.tr("Write a full address that starts with https://, e.g. https://api.acedata.cloud")
    if parts.username is not None or parts.password is not None:
        return SettingsRules.tr("Leave user names and passwords out of the address.")
    if not allow_query and (parts.query or parts.fragment or text.endswith(("?", "#"))):
        return SettingsRules.tr("The service address ends at its path: remove the part from ? "
                                "or #.")
    if parts.scheme.lower() == "http" and not is_loopback(parts.hostname):
        return SettingsRules.tr("Use https:// so nothing travels unencrypted. Plain http:// is "
                                "only allowed for this computer (localhost or 127.0.0.1).")
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
        return SettingsRules.tr("A folder name cannot contain line breaks or control characters.")
    if not Path(text).expanduser().is_absolute():
        return SettingsRules.tr("Choose a full folder path, for example with Browse…")
    return None


def same_type(value: object, default: object) -> bool:
    # bool is an int to Python; in settings `true` is never a number, nor 1 a yes.
    return type(value) is type(default)


def has_control(text: str, *, line_breaks_ok: bool = False) -> bool:
    """Control characters; with `line_breaks_ok` (a prompt) only those a prompt never holds:
    line breaks, tabs and format characters (the joiners of emoji sequences) are fine."""
    if line_breaks_ok:
        return any(unicodedata.category(ch) == "Cc" and ch not in "\n\r\t" for ch in text)
    return any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in text)


def has_control_or_space(text: str) -> bool:
    return has_control(text) or any(ch.isspace() for ch in text)
