"""User settings kept as versioned JSON in the config folder.

Two kinds of checking, on purpose:
- `load_settings` keeps every value of the declared type that is not nonsense, so a damaged or
  hand-edited file never stops the app (a value it cannot use falls back to its default);
- `domain.settings.validate` holds the rules people see in the Settings dialog.
A file may ask for faster timings than the dialog offers (the end-to-end tests poll every
0.1 s), so the lower bounds of the timing ranges are the dialog's, not the loader's.
"""

from __future__ import annotations

import json
import logging
import math
import os
import tempfile
from dataclasses import asdict, fields
from pathlib import Path

from ..domain.settings import (
    CHOICES,
    LOOSE_LOW,
    MULTILINE,
    RANGES,
    SETTINGS_VERSION,
    Settings,
    has_control,
    same_type,
    validate_field,
)
from .paths import private_dir

log = logging.getLogger(__name__)

# Version 1 knew only these; anything else in a v1 file cannot have come from the app.
_V1_FIELDS = ("base_url", "poll_interval_seconds", "stale_after_minutes")


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
    elif isinstance(default, float) and same_type(value, 0):
        value = float(value)  # type: ignore[arg-type]
    if not same_type(value, default):
        return None
    if isinstance(value, str):
        if name in CHOICES:
            return value if value in CHOICES[name] else None
        return None if has_control(value, line_breaks_ok=name in MULTILINE) else value
    if isinstance(value, list):
        return value if validate_field(name, value) is None else None
    if name in RANGES:
        rule = RANGES[name]
        assert isinstance(value, int | float)
        low_ok = value > 0 if name in LOOSE_LOW else value >= rule.low
        return value if math.isfinite(value) and low_ok and value <= rule.high else None
    return value
