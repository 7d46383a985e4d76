"""Where the app keeps its files. HAILUO_DESKTOP_DATA_DIR moves all of them to one folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Hailuo Desktop"
# Prompts are in the ledger, the settings, the logs and the sidecars: only the user reads them.
PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def _override() -> Path | None:
    value = os.environ.get("HAILUO_DESKTOP_DATA_DIR", "").strip()
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    return _override() or platformdirs.user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    base = _override()
    return base / "config" if base else platformdirs.user_config_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    base = _override()
    return base / "logs" if base else platformdirs.user_log_path(APP_NAME, appauthor=False)


def session_dir(demo: bool) -> Path:
    # Demo tasks point at a simulator that is gone after exit: keep them out of the real ledger.
    return data_dir() / "demo" if demo else data_dir()


def ledger_path(demo: bool) -> Path:
    return session_dir(demo) / "tasks.sqlite3"


def poster_dir(demo: bool) -> Path:
    return session_dir(demo) / "posters"


def private_dir(folder: Path) -> Path:
    """`folder`, made if missing, readable by the user alone."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    folder.chmod(PRIVATE_DIR)
    return folder


def make_private(path: Path) -> None:
    """Narrow a file an earlier version (or another library) wrote with wider permissions."""
    if path.exists():
        path.chmod(PRIVATE_FILE)
