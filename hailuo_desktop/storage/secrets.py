"""Where the tokens are kept: the system keychain, or a private file where there is none.

Two secrets live here the same way, each in its own slot: the API token (for the Hailuo API)
and the platform token (for AceData's platform: uploads, balance, spend). A token is only ever
read from here or from its environment variable; it is never logged and never written anywhere
else. When HAILUO_DESKTOP_DATA_DIR is set the real keychain is left alone, so a test or a
portable install cannot touch the user's own secrets.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Protocol

from ..domain.i18n import Context

KEYRING_SERVICE = "Hailuo Desktop"
TokenStores = Context("TokenStores")


class TokenStoreError(Exception):
    """The system keychain refused (locked, or gone since the app started)."""


def _keyring() -> ModuleType:
    # Imported when first needed: finding the keychain's backends costs start-up time that a
    # profile kept in a folder (HAILUO_DESKTOP_DATA_DIR) never needs to pay.
    import keyring

    return keyring


@dataclass(frozen=True)
class SecretSlot:
    """Where one secret lives: its keychain entry, and its file when there is no keychain."""

    keyring_user: str
    file_name: str


API_TOKEN = SecretSlot("acedata-api-token", "api-token")
PLATFORM_TOKEN = SecretSlot("acedata-platform-token", "platform-token")
KEYRING_USER = API_TOKEN.keyring_user


class TokenStore(Protocol):
    description: str

    def load(self) -> str | None: ...
    def save(self, token: str) -> None: ...
    def clear(self) -> None: ...


class KeyringTokenStore:
    @property
    def description(self) -> str:
        return TokenStores.tr("the system keychain")

    def __init__(self, user: str = KEYRING_USER):
        self.user = user

    def load(self) -> str | None:
        keyring = _keyring()
        try:
            return keyring.get_password(KEYRING_SERVICE, self.user)
        except keyring.errors.KeyringError as exc:
            raise TokenStoreError(type(exc).__name__) from exc

    def save(self, token: str) -> None:
        keyring = _keyring()
        try:
            keyring.set_password(KEYRING_SERVICE, self.user, token)
        except keyring.errors.KeyringError as exc:
            raise TokenStoreError(type(exc).__name__) from exc

    def clear(self) -> None:
        keyring = _keyring()
        try:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                keyring.delete_password(KEYRING_SERVICE, self.user)
        except keyring.errors.KeyringError as exc:
            raise TokenStoreError(type(exc).__name__) from exc


class FileTokenStore:
    """A file only the user can read (mode 0600). Not encrypted: the settings say so."""

    @property
    def description(self) -> str:
        return TokenStores.tr("a private file on this computer (not encrypted)")

    def __init__(self, path: Path):
        self.path = path

    def load(self) -> str | None:
        try:
            return self.path.read_text(encoding="utf-8").strip() or None
        except FileNotFoundError:
            return None

    def save(self, token: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.fchmod(fd, 0o600)  # O_CREAT's mode does not apply to a file that already existed
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(token)

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)


def keyring_works() -> bool:
    try:
        KeyringTokenStore().load()
    except TokenStoreError:
        return False
    return True


def default_token_store(config_dir: Path, profile_overridden: bool,
                        slot: SecretSlot = API_TOKEN) -> TokenStore:
    if not profile_overridden and keyring_works():
        return KeyringTokenStore(slot.keyring_user)
    return FileTokenStore(config_dir / slot.file_name)
