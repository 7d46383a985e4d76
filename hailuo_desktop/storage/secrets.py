"""Where the API token is kept: the system keychain, or a private file where there is none.

The token is only ever read from here or from ACEDATACLOUD_API_TOKEN; it is never logged and
never written anywhere else. When HAILUO_DESKTOP_DATA_DIR is set the real keychain is left
alone, so a test or a portable install cannot touch the user's own secrets.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Protocol

import keyring
import keyring.errors

KEYRING_SERVICE = "Hailuo Desktop"
KEYRING_USER = "acedata-api-token"


class TokenStore(Protocol):
    description: str

    def load(self) -> str | None: ...
    def save(self, token: str) -> None: ...
    def clear(self) -> None: ...


class KeyringTokenStore:
    description = "the system keychain"

    def load(self) -> str | None:
        return keyring.get_password(KEYRING_SERVICE, KEYRING_USER)

    def save(self, token: str) -> None:
        keyring.set_password(KEYRING_SERVICE, KEYRING_USER, token)

    def clear(self) -> None:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(KEYRING_SERVICE, KEYRING_USER)


class FileTokenStore:
    """A file only the user can read (mode 0600). Not encrypted: the settings say so."""

    description = "a private file on this computer (not encrypted)"

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
        keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
    except keyring.errors.KeyringError:
        return False
    return True


def default_token_store(config_dir: Path, profile_overridden: bool) -> TokenStore:
    if not profile_overridden and keyring_works():
        return KeyringTokenStore()
    return FileTokenStore(config_dir / "api-token")
