"""Settings file, the file token store, and where the effective token and address come from."""

from __future__ import annotations

import json
import os
import stat

import pytest
from fakes import FixedSettings, MemoryTokenStore

from hailuo_desktop.domain.acedata import DEFAULT_BASE_URL
from hailuo_desktop.domain.settings import SETTINGS_VERSION, Settings
from hailuo_desktop.domain.tokens import clean_token
from hailuo_desktop.storage import paths
from hailuo_desktop.storage.config import (
    BASE_URL_ENV,
    TOKEN_ENV,
    Config,
    Connection,
)
from hailuo_desktop.storage.secrets import FileTokenStore
from hailuo_desktop.storage.settings import load_settings, save_settings

# --- settings ------------------------------------------------------------------------------------


def test_defaults():
    s = Settings()
    assert (s.base_url, s.poll_interval_seconds, s.stale_after_minutes) == ("", 5.0, 30.0)


def test_missing_file_gives_defaults(tmp_path):
    assert load_settings(tmp_path / "nope" / "settings.json") == Settings()


def test_round_trip(tmp_path):
    path = tmp_path / "cfg" / "settings.json"
    wanted = Settings(base_url="http://127.0.0.1:8765", poll_interval_seconds=3.5,
                      stale_after_minutes=12.0)
    save_settings(path, wanted)
    assert load_settings(path) == wanted
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["version"] == SETTINGS_VERSION
    assert raw["values"]["base_url"] == "http://127.0.0.1:8765"
    # The atomic write leaves no temporary file behind.
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.json"]


def test_save_overwrites(tmp_path):
    path = tmp_path / "settings.json"
    save_settings(path, Settings(poll_interval_seconds=9.0))
    save_settings(path, Settings(poll_interval_seconds=4.0))
    assert load_settings(path).poll_interval_seconds == 4.0


@pytest.mark.parametrize("content", [b"{not json", b"", b"\xff\xfe\xfa broken bytes",
                                     b'{"version": 1, "values": {"base_url": "x"'])
def test_damaged_json_gives_defaults(tmp_path, content):
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    assert load_settings(path) == Settings()


@pytest.mark.parametrize("body", ["[1, 2, 3]", '"text"', "null", "42", "{}",
                                  '{"version": 1}'])
def test_json_of_the_wrong_shape_gives_defaults(tmp_path, body):
    path = tmp_path / "settings.json"
    path.write_text(body, encoding="utf-8")
    assert load_settings(path) == Settings()


@pytest.mark.parametrize("values", ["null", "[1, 2]", '"base_url"', "7"])
def test_values_that_are_not_an_object_give_defaults(tmp_path, values):
    # A damaged file must give the defaults, never an exception at start-up.
    path = tmp_path / "settings.json"
    path.write_text(f'{{"version": 1, "values": {values}}}', encoding="utf-8")
    assert load_settings(path) == Settings()


def test_a_folder_in_place_of_the_file_gives_defaults(tmp_path):
    path = tmp_path / "settings.json"
    path.mkdir()
    assert load_settings(path) == Settings()


def test_wrong_types_and_bad_numbers_are_ignored(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "values": {
        "base_url": 17,
        "poll_interval_seconds": "10",
        "stale_after_minutes": -3,
        "unknown_key": "ignored",
    }}), encoding="utf-8")
    assert load_settings(path) == Settings()


@pytest.mark.parametrize("value", [0, None, [5], {"v": 5}])
def test_non_positive_or_non_number_intervals_are_ignored(tmp_path, value):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"values": {"poll_interval_seconds": value}}), encoding="utf-8")
    assert load_settings(path).poll_interval_seconds == 5.0


def test_booleans_are_not_numbers(tmp_path):
    # json `true` is a Python bool, which is an int: it must not become an interval of 1 s.
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"values": {"poll_interval_seconds": True,
                                           "stale_after_minutes": True}}), encoding="utf-8")
    assert load_settings(path) == Settings()


def test_right_types_are_kept_and_ints_become_floats(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"values": {"poll_interval_seconds": 7,
                                           "stale_after_minutes": 0.5,
                                           "base_url": "https://proxy.example"}}),
                    encoding="utf-8")
    s = load_settings(path)
    assert s == Settings("https://proxy.example", 7.0, 0.5)
    assert isinstance(s.poll_interval_seconds, float)


# --- the file token store ------------------------------------------------------------------------


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_file_token_store_saves_private(tmp_path):
    store = FileTokenStore(tmp_path / "cfg" / "api-token")
    store.save("secret-token")
    assert mode(store.path) == 0o600
    assert store.path.read_text(encoding="utf-8") == "secret-token"
    assert store.load() == "secret-token"


def test_file_token_store_makes_an_existing_open_file_private(tmp_path):
    path = tmp_path / "api-token"
    path.write_text("old-and-much-longer-token-value", encoding="utf-8")
    os.chmod(path, 0o644)
    store = FileTokenStore(path)
    store.save("new")
    assert mode(path) == 0o600
    assert store.load() == "new"  # truncated, not overwritten in place


def test_file_token_store_load_strips_and_treats_blank_as_none(tmp_path):
    store = FileTokenStore(tmp_path / "api-token")
    assert store.load() is None
    store.path.write_text("  tok-1 \r\n", encoding="utf-8")
    assert store.load() == "tok-1"
    store.path.write_text(" \n\t", encoding="utf-8")
    assert store.load() is None


def test_file_token_store_clear(tmp_path):
    store = FileTokenStore(tmp_path / "api-token")
    store.clear()  # nothing there: no error
    store.save("tok")
    store.clear()
    assert not store.path.exists()
    assert store.load() is None


# --- config --------------------------------------------------------------------------------------


def config(stored: str | None = None, base_url: str = "") -> Config:
    return Config(FixedSettings(Settings(base_url=base_url)), MemoryTokenStore(stored))


def test_nothing_set_gives_the_default_address_and_no_token():
    assert config().connection() == Connection(DEFAULT_BASE_URL, None, token_from_env=False)


def test_stored_token_is_used_when_the_environment_has_none():
    assert config(" stored\n").connection() == Connection(DEFAULT_BASE_URL, "stored", False)


def test_env_token_beats_the_stored_one(monkeypatch):
    monkeypatch.setenv(TOKEN_ENV, "  from-env\n")
    conn = config("stored").connection()
    assert (conn.token, conn.token_from_env) == ("from-env", True)


def test_blank_env_token_falls_back_to_the_stored_one(monkeypatch):
    monkeypatch.setenv(TOKEN_ENV, "   ")
    conn = config("stored").connection()
    assert (conn.token, conn.token_from_env) == ("stored", False)


def test_stored_token_with_a_space_inside_is_refused():
    assert config("two words").connection().token is None


def test_env_base_url_beats_settings_beats_default(monkeypatch):
    assert config(base_url="https://settings.example/").connection().base_url == (
        "https://settings.example")
    monkeypatch.setenv(BASE_URL_ENV, " https://env.example/// ")
    assert config(base_url="https://settings.example/").connection().base_url == (
        "https://env.example")
    monkeypatch.setenv(BASE_URL_ENV, "  ")
    assert config(base_url="  ").connection().base_url == DEFAULT_BASE_URL
    assert config(base_url=" https://settings.example ").connection().base_url == (
        "https://settings.example")


def test_config_for_the_profile_uses_the_data_folder_and_a_file_store(monkeypatch,
                                                                        isolated_profile):
    cfg_dir = paths.config_dir()
    assert cfg_dir.is_relative_to(isolated_profile)
    settings = FixedSettings(Settings(base_url="http://sim.local:9/"))
    cfg = Config.for_profile(settings)
    assert isinstance(cfg.token_store, FileTokenStore)  # the real keychain is left alone
    assert cfg.token_store.path.is_relative_to(isolated_profile)
    cfg.token_store.save("file-token")
    assert cfg.connection() == Connection("http://sim.local:9", "file-token", False)
    monkeypatch.setenv(TOKEN_ENV, "env-token")
    assert Config.for_profile(settings).connection().token == "env-token"


@pytest.mark.parametrize(("raw", "expected"), [
    ("abc123", "abc123"),
    ("  abc123  ", "abc123"),
    ("\nabc123\r\n", "abc123"),
    ("\tabc123\t", "abc123"),
    ("abc 123", None),
    ("abc\n123", None),
    ("abc\t123", None),
    ("", None),
    ("   \n ", None),
])
def test_clean_token(raw, expected):
    assert clean_token(raw) == expected


def test_a_token_with_invisible_or_non_ascii_characters_is_refused():

    assert clean_token("abc\u200bdef") is None
    assert clean_token("tökén") is None
    assert clean_token("  abc-DEF_123.xyz \n") == "abc-DEF_123.xyz"
