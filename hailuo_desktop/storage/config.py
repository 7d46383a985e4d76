"""The effective configuration: environment first (as AceData's own tools read it), then files."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..domain.acedata import DEFAULT_BASE_URL, DEFAULT_PLATFORM_BASE_URL, DEFAULT_STATUS_URL
from ..domain.settings import Settings
from ..domain.tokens import clean_token, env_token_problem
from . import paths
from .library import DEMO_FOLDER, default_library_dir
from .secrets import PLATFORM_TOKEN, TokenStore, default_token_store

TOKEN_ENV = "ACEDATACLOUD_API_TOKEN"
BASE_URL_ENV = "ACEDATACLOUD_API_BASE_URL"
LIBRARY_ENV = "HAILUO_DESKTOP_LIBRARY_DIR"
# The names AceData's own tools read (platform-api.md §1).
PLATFORM_TOKEN_ENV = "ACEDATACLOUD_PLATFORM_TOKEN"
PLATFORM_BASE_URL_ENV = "PLATFORM_API_BASE_URL"
STATUS_URL_ENV = "HAILUO_DESKTOP_STATUS_URL"




@dataclass(frozen=True)
class Connection:
    base_url: str
    token: str | None
    token_from_env: bool
    token_problem: str | None = None  # why a token that is there can't be used


@dataclass(frozen=True)
class PlatformConnection:
    """AceData's platform host and the platform token (uploads, balance, spend log)."""

    base_url: str
    token: str | None
    token_from_env: bool
    token_problem: str | None = None  # why a token that is there can't be used


class SettingsSource(Protocol):
    """Whoever holds the current settings (the app's settings store)."""

    @property
    def value(self) -> Settings: ...


@dataclass
class Config:
    source: SettingsSource
    token_store: TokenStore
    # None: no saved platform token (a Config built by hand, in tests).
    platform_token_store: TokenStore | None = None

    @classmethod
    def for_profile(cls, source: SettingsSource) -> Config:
        overridden = bool(os.environ.get("HAILUO_DESKTOP_DATA_DIR", "").strip())
        return cls(source, default_token_store(paths.config_dir(), overridden),
                   default_token_store(paths.config_dir(), overridden, PLATFORM_TOKEN))

    @property
    def settings(self) -> Settings:
        return self.source.value

    def library_root(self, demo: bool = False) -> Path:
        """HAILUO_DESKTOP_LIBRARY_DIR, else the folder chosen in Settings, else the default;
        demo clips go to its own `Demo` folder, apart from the real ones."""
        if os.environ.get(LIBRARY_ENV, "").strip() or not self.settings.library_dir.strip():
            root = default_library_dir()
        else:
            root = Path(self.settings.library_dir.strip()).expanduser()
        return root / DEMO_FOLDER if demo else root

    def connection(self) -> Connection:
        base_url = (os.environ.get(BASE_URL_ENV, "").strip() or self.settings.base_url.strip()
                    or DEFAULT_BASE_URL).rstrip("/")
        raw_env = os.environ.get(TOKEN_ENV, "")
        if raw_env.strip():
            # The variable wins over the saved token, even when it is unusable: say so.
            env_token = clean_token(raw_env)
            return Connection(base_url, env_token, token_from_env=True,
                              token_problem=None if env_token else env_token_problem(TOKEN_ENV))
        return Connection(base_url, clean_token(self.token_store.load() or ""),
                          token_from_env=False)

    def platform_connection(self) -> PlatformConnection:
        """PLATFORM_API_BASE_URL (no /api/v1) and ACEDATACLOUD_PLATFORM_TOKEN, as AceData's
        tools read them; else the default host and the saved platform token."""
        base_url = (os.environ.get(PLATFORM_BASE_URL_ENV, "").strip()
                    or DEFAULT_PLATFORM_BASE_URL).rstrip("/")
        raw_env = os.environ.get(PLATFORM_TOKEN_ENV, "")
        if raw_env.strip():
            env_token = clean_token(raw_env)
            return PlatformConnection(
                base_url, env_token, token_from_env=True,
                token_problem=None if env_token else env_token_problem(PLATFORM_TOKEN_ENV))
        stored = self.platform_token_store.load() if self.platform_token_store else None
        return PlatformConnection(base_url, clean_token(stored or ""), token_from_env=False)

    @staticmethod
    def status_url() -> str:
        """The status page's document for the last 24 hours (HAILUO_DESKTOP_STATUS_URL)."""
        return os.environ.get(STATUS_URL_ENV, "").strip() or DEFAULT_STATUS_URL

