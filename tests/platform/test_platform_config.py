"""The platform token's store and environment, and the platform and status addresses."""

from __future__ import annotations

import os
import stat

import keyring
import keyring.backend
import pytest
from fakes import FixedSettings

from hailuo_desktop.domain.acedata import DEFAULT_PLATFORM_BASE_URL, DEFAULT_STATUS_URL
from hailuo_desktop.domain.tokens import env_token_problem
from hailuo_desktop.storage import paths, secrets
from hailuo_desktop.storage.config import (
    PLATFORM_BASE_URL_ENV,
    PLATFORM_TOKEN_ENV,
    STATUS_URL_ENV,
    Config,
    PlatformConnection,
)
from hailuo_desktop.storage.secrets import (
    API_TOKEN,
    PLATFORM_TOKEN,
    FileTokenStore,
    KeyringTokenStore,
    default_token_store,
)


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        self.entries.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def test_the_two_tokens_have_separate_keychain_entries(memory_keyring):
    api = KeyringTokenStore(API_TOKEN.keyring_user)
    platform = KeyringTokenStore(PLATFORM_TOKEN.keyring_user)
    api.save("api-secret")
    platform.save("platform-secret")
    assert (api.load(), platform.load()) == ("api-secret", "platform-secret")
    platform.clear()
    assert (api.load(), platform.load()) == ("api-secret", None)
    assert KeyringTokenStore().load() == "api-secret"  # the default slot is the API token's


def test_default_store_uses_the_keychain_under_the_platform_key(memory_keyring, tmp_path):
    store = default_token_store(tmp_path, False, PLATFORM_TOKEN)
    assert isinstance(store, KeyringTokenStore)
    store.save("platform-secret")
    assert memory_keyring.entries == {
        (secrets.KEYRING_SERVICE, "acedata-platform-token"): "platform-secret"}
    assert not any(tmp_path.iterdir())


def test_without_a_keychain_the_platform_token_has_its_own_private_file(tmp_path):
    api = default_token_store(tmp_path, True)
    platform = default_token_store(tmp_path, True, PLATFORM_TOKEN)
    assert isinstance(platform, FileTokenStore)
    assert (api.path.name, platform.path.name) == ("api-token", "platform-token")
    platform.save("platform-secret")
    assert stat.S_IMODE(os.stat(platform.path).st_mode) == 0o600
    assert api.load() is None


class MemoryStore:
    description = "memory"

    def __init__(self, token=None):
        self.token = token

    def load(self):
        return self.token

    def save(self, token):
        self.token = token

    def clear(self):
        self.token = None


def config(platform_token=None) -> Config:
    return Config(FixedSettings(), MemoryStore("api"), MemoryStore(platform_token))


def test_nothing_set_gives_the_default_host_and_no_platform_token(monkeypatch):
    monkeypatch.delenv(PLATFORM_BASE_URL_ENV)  # tests/conftest.py points it at a closed port
    assert config().platform_connection() == PlatformConnection(
        DEFAULT_PLATFORM_BASE_URL, None, token_from_env=False)
    assert Config(FixedSettings(), MemoryStore()).platform_connection().token is None
    assert DEFAULT_PLATFORM_BASE_URL == "https://platform.acedata.cloud"  # no /api/v1


def test_the_saved_platform_token_is_trimmed_and_used():
    assert config(" platform-v1-abc\n").platform_connection().token == "platform-v1-abc"
    assert config("two words").platform_connection().token is None


def test_the_environment_wins_and_is_never_written(monkeypatch):
    store = MemoryStore("saved")
    monkeypatch.setenv(PLATFORM_TOKEN_ENV, "  from-env \n")
    connection = Config(FixedSettings(), MemoryStore(), store).platform_connection()
    assert (connection.token, connection.token_from_env) == ("from-env", True)
    assert store.token == "saved"


def test_an_unusable_environment_token_says_so(monkeypatch):
    monkeypatch.setenv(PLATFORM_TOKEN_ENV, "two words")
    connection = config("saved").platform_connection()
    assert (connection.token, connection.token_from_env) == (None, True)
    assert connection.token_problem == env_token_problem(PLATFORM_TOKEN_ENV)
    assert "ACEDATACLOUD_PLATFORM_TOKEN" in connection.token_problem


def test_the_platform_address_comes_from_its_variable(monkeypatch):
    monkeypatch.setenv(PLATFORM_BASE_URL_ENV, " http://127.0.0.1:9/ ")
    assert config().platform_connection().base_url == "http://127.0.0.1:9"


def test_the_status_address(monkeypatch):
    monkeypatch.delenv(STATUS_URL_ENV)  # tests/conftest.py points it at a closed port
    assert Config.status_url() == DEFAULT_STATUS_URL
    monkeypatch.setenv(STATUS_URL_ENV, " http://127.0.0.1:9/data/status_1.json ")
    assert Config.status_url() == "http://127.0.0.1:9/data/status_1.json"


def test_config_for_the_profile_keeps_the_platform_token_in_the_data_folder(isolated_profile):
    cfg = Config.for_profile(FixedSettings())
    assert isinstance(cfg.platform_token_store, FileTokenStore)
    assert cfg.platform_token_store.path == paths.config_dir() / "platform-token"
    cfg.platform_token_store.save("platform-v1-saved")
    assert cfg.platform_connection().token == "platform-v1-saved"
    assert cfg.connection().token is None  # the API token is a different secret
