"""User settings, declared once with typed defaults, kept as versioned JSON in the config folder."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1


@dataclass
class Settings:
    base_url: str = ""                  # empty: ACEDATACLOUD_API_BASE_URL, else the real service
    poll_interval_seconds: float = 5.0  # how often unfinished tasks are checked
    stale_after_minutes: float = 30.0   # stop polling a task that runs longer than this


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
    settings = Settings()
    for f in fields(Settings):
        value = values.get(f.name)
        default = getattr(settings, f.name)
        is_number = isinstance(value, int | float) and not isinstance(value, bool)
        if isinstance(default, float) and is_number and value > 0:
            setattr(settings, f.name, float(value))
        elif isinstance(default, str) and isinstance(value, str):
            setattr(settings, f.name, value)
    return settings


def save_settings(path: Path, settings: Settings) -> None:
    """Write atomically: a crash mid-write leaves the old file, never half of a new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    body = json.dumps({"version": SETTINGS_VERSION, "values": asdict(settings)}, indent=2)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(body)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
