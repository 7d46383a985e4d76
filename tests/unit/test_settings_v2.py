"""Settings version 2: every field's rule (with hostile values), the v1 migration, round trips."""

from __future__ import annotations

import json
import math
import os
from dataclasses import asdict, fields

import pytest

from hailuo_desktop.domain.settings import (
    SETTINGS_VERSION,
    Settings,
    is_loopback,
    validate,
    validate_field,
)
from hailuo_desktop.storage.library import library_dir_problem
from hailuo_desktop.storage.settings import load_settings, save_settings


def write(path, body) -> None:
    path.write_text(json.dumps(body), encoding="utf-8")


# --- defaults and types --------------------------------------------------------------------------


def test_defaults_are_valid_and_as_declared():
    s = Settings()
    assert asdict(s) == {
        "base_url": "", "poll_interval_seconds": 5.0, "stale_after_minutes": 30.0,
        "library_dir": "", "auto_download": True, "notifications": True, "callback_url": "",
        "max_concurrent": 3, "player_volume": 0.8, "player_muted": False, "language": "",
        "library_view": "table",
        "window_geometry": [], "window_maximized": False, "demo": False, "last_model": "",
        "last_prompt": "",
    }
    assert validate(s) == {}
    assert SETTINGS_VERSION == 2


@pytest.mark.parametrize(("name", "value"), [
    ("auto_download", 1), ("notifications", "yes"), ("player_muted", 0),
    ("max_concurrent", True), ("max_concurrent", 3.5), ("poll_interval_seconds", "5"),
    ("base_url", None), ("library_dir", 7),
])
def test_wrong_types_are_a_sentence_not_an_exception(name, value):
    assert validate_field(name, value) == "This value has the wrong type."


# --- numbers -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "good", "bad"), [
    ("poll_interval_seconds", [2.0, 5.0, 60.0], [1.99, 0.0, -5.0, 60.5, 1e300]),
    ("stale_after_minutes", [5.0, 30.0, 240.0], [4.9, 241.0, -1.0]),
    ("max_concurrent", [1, 3, 10], [0, 11, -1, 10**12]),
    ("player_volume", [0.0, 0.5, 1.0], [-0.01, 1.01, 80.0]),
])
def test_ranges(name, good, bad):
    for value in good:
        assert validate_field(name, value) is None, value
    for value in bad:
        assert validate_field(name, value), value


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_nan_and_infinity_are_refused(value):
    assert validate_field("poll_interval_seconds", value)
    assert validate_field("player_volume", value)


def test_range_sentences_say_the_range():
    assert validate_field("poll_interval_seconds", 1.0) == "Choose between 2 and 60 seconds."
    assert validate_field("max_concurrent", 0) == "Choose between 1 and 10 videos at once."


# --- addresses -----------------------------------------------------------------------------------


@pytest.mark.parametrize("url", [
    "", "   ", "https://api.acedata.cloud", "HTTPS://API.ACEDATA.CLOUD/", "https://proxy.example/v1",
    "https://api.example.com:8443", "http://127.0.0.1:8765", "http://127.9.9.9", "http://[::1]:80",
    "http://localhost", "http://LOCALHOST:8000/", " https://api.acedata.cloud ",
    "https://xn--bcher-kva.example", "https://bücher.example",
])
def test_good_service_addresses(url):
    assert validate_field("base_url", url) is None


@pytest.mark.parametrize(("url", "words"), [
    ("http://api.acedata.cloud", "Use https://"),
    ("http://192.168.1.10:8765", "Use https://"),
    ("http://0.0.0.0:8765", "Use https://"),
    ("http://127.0.0.1.evil.example", "Use https://"),
    ("http://localhost.evil.example", "Use https://"),
    ("http://[::ffff:10.0.0.1]", "Use https://"),
    ("ftp://api.acedata.cloud", "starts with https://"),
    ("file:///etc/passwd", "starts with https://"),
    ("javascript:alert(1)", "starts with https://"),
    ("data:text/html,<b>x</b>", "starts with https://"),
    ("api.acedata.cloud", "starts with https://"),
    ("https://", "starts with https://"),
    ("https://exa_mple..com", "starts with https://"),
    ("https://<script>.example", "starts with https://"),
    ("https://a b.example", "no spaces"),
    ("https://api.example\n.com", "no spaces"),
    ("https://api.example.com\u200b", "no spaces"),
    ("https://api.example.com/\x00", "no spaces"),
    ("https://user:pw@api.example.com", "user names and passwords"),
    ("https://token@api.example.com", "user names and passwords"),
    ("https://api.example.com:99999", "port number"),
    ("https://api.example.com:abc", "port number"),
    ("https://api.example.com:0", "port number"),
    ("https://[not-an-ip]/", "not valid"),
    ("https://api.example.com/?x=1", "remove the part from ? or #"),
    ("https://api.example.com/#frag", "remove the part from ? or #"),
    ("https://api.example.com/?", "remove the part from ? or #"),
])
def test_bad_service_addresses(url, words):
    sentence = validate_field("base_url", url)
    assert sentence and words in sentence, sentence


def test_a_very_long_address_is_a_sentence_not_an_exception():
    assert "starts with https://" in validate_field("base_url", "https://" + "a" * 100_000)
    assert validate_field("base_url", "http://" + "a." * 50_000 + "com")
    assert validate_field("base_url", "https://api.example.com/" + "p" * 100_000) is None


def test_the_webhook_may_have_a_query_but_follows_the_same_rules():
    assert validate_field("callback_url", "") is None
    assert validate_field("callback_url", "https://hooks.example.com/x?key=abc") is None
    assert validate_field("callback_url", "http://127.0.0.1:9000/hook") is None
    assert "Use https://" in validate_field("callback_url", "http://hooks.example.com/x")
    assert "starts with https://" in validate_field("callback_url", "mailto:me@example.com")
    assert "no spaces" in validate_field("callback_url", "https://hooks.example.com/a b")


@pytest.mark.parametrize(("host", "loopback"), [
    ("localhost", True), ("127.0.0.1", True), ("127.255.0.1", True), ("::1", True),
    ("[::1]", True), ("LocalHost", True), ("128.0.0.1", False), ("0.0.0.0", False),
    ("localhost.example", False), ("127.0.0.1.example", False), ("", False), ("::", False),
])
def test_loopback_hosts(host, loopback):
    assert is_loopback(host) is loopback


# --- the library folder --------------------------------------------------------------------------


def test_folder_names(tmp_path):
    assert validate_field("library_dir", "") is None
    assert validate_field("library_dir", str(tmp_path)) is None
    assert validate_field("library_dir", "~/Videos") is None  # the home folder is expanded
    assert "full folder path" in validate_field("library_dir", "Videos/Hailuo")
    assert "control characters" in validate_field("library_dir", "/tmp/a\nb")
    assert "control characters" in validate_field("library_dir", "/tmp/a\x00b")


def test_a_writable_folder_and_one_to_be_made(tmp_path):
    assert library_dir_problem(tmp_path) is None
    assert library_dir_problem(tmp_path / "new" / "deeper") is None
    assert not (tmp_path / "new").exists(), "trying a folder never makes it"
    assert list(tmp_path.iterdir()) == [], "the write test leaves no file behind"


def test_a_path_under_a_regular_file(tmp_path):
    (tmp_path / "clip.mp4").write_bytes(b"x")
    problem = library_dir_problem(tmp_path / "clip.mp4" / "videos")
    assert problem == "“clip.mp4” is a file, not a folder. Choose another folder."


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    try:
        assert "can't be saved in this folder" in library_dir_problem(folder)
    finally:
        folder.chmod(0o700)


# --- the file: migration and round trip ----------------------------------------------------------


def test_a_v1_file_migrates_with_defaults_for_the_new_fields(tmp_path):
    path = tmp_path / "settings.json"
    write(path, {"version": 1, "values": {"base_url": "https://proxy.example",
                                          "poll_interval_seconds": 9,
                                          "stale_after_minutes": 45.0}})
    assert load_settings(path) == Settings(base_url="https://proxy.example",
                                           poll_interval_seconds=9.0, stale_after_minutes=45.0)
    save_settings(path, load_settings(path))
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["version"] == 2
    assert set(raw["values"]) == {f.name for f in fields(Settings)}


def test_a_v1_file_cannot_carry_v2_fields(tmp_path):
    # Version 1 never wrote these; a v1 file that has them was not written by the app.
    path = tmp_path / "settings.json"
    write(path, {"version": 1, "values": {"auto_download": False, "max_concurrent": 9,
                                          "callback_url": "https://x.example"}})
    assert load_settings(path) == Settings()


def test_a_file_from_a_newer_version_keeps_what_this_version_knows(tmp_path, caplog):
    path = tmp_path / "settings.json"
    write(path, {"version": 7, "values": {"max_concurrent": 4, "teleport": True}})
    assert load_settings(path) == Settings(max_concurrent=4)
    assert "newer app" in caplog.text


def test_round_trip_of_every_field(tmp_path):
    path = tmp_path / "cfg" / "settings.json"
    wanted = Settings(base_url="http://127.0.0.1:8765", poll_interval_seconds=12.0,
                      stale_after_minutes=90.0, library_dir=str(tmp_path / "lib"),
                      auto_download=False, notifications=False,
                      callback_url="https://hooks.example.com/a?b=c", max_concurrent=7,
                      player_volume=0.0, player_muted=True)
    save_settings(path, wanted)
    assert load_settings(path) == wanted
    assert isinstance(load_settings(path).max_concurrent, int)


@pytest.mark.parametrize(("values", "expected"), [
    ({"auto_download": 0}, Settings()),
    ({"notifications": "false"}, Settings()),
    ({"player_muted": 1}, Settings()),
    ({"max_concurrent": True}, Settings()),
    ({"max_concurrent": 4.0}, Settings(max_concurrent=4)),
    ({"max_concurrent": 4.5}, Settings()),
    ({"max_concurrent": 0}, Settings()),
    ({"max_concurrent": 10**9}, Settings()),
    ({"player_volume": 0}, Settings(player_volume=0.0)),
    ({"player_volume": 1.5}, Settings()),
    ({"player_volume": -0.1}, Settings()),
    ({"poll_interval_seconds": 0.1}, Settings(poll_interval_seconds=0.1)),  # tests go fast
    ({"poll_interval_seconds": 61}, Settings()),
    ({"stale_after_minutes": 10_000}, Settings()),
    ({"library_dir": "/tmp/a\x00b"}, Settings()),
    ({"callback_url": "https://x.example\n"}, Settings()),
    ({"library_dir": ["/tmp"]}, Settings()),
])
def test_hostile_values_in_a_v2_file_fall_back_to_the_default(tmp_path, values, expected):
    path = tmp_path / "settings.json"
    write(path, {"version": 2, "values": values})
    assert load_settings(path) == expected


def test_huge_and_odd_numbers_in_the_file(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"version": 2, "values": {"poll_interval_seconds": 1e999, '
                    '"player_volume": NaN, "max_concurrent": -Infinity}}', encoding="utf-8")
    assert load_settings(path) == Settings()


@pytest.mark.parametrize("version", ["2", None, True, 2.0, [2]])
def test_an_odd_version_is_read_as_version_1(tmp_path, version):
    path = tmp_path / "settings.json"
    write(path, {"version": version, "values": {"poll_interval_seconds": 8, "max_concurrent": 6}})
    assert load_settings(path) == Settings(poll_interval_seconds=8.0)


# --- what the app remembers for the next start ---------------------------------------------------


def test_the_window_place_the_demo_and_the_form_survive_a_restart(tmp_path):
    path = tmp_path / "settings.json"
    prompt = "一只猫\n\tin the rain 👩\u200d🚀"  # breaks, tabs, emoji joiners: a prompt's
    save_settings(path, Settings(window_geometry=[10, 20, 900, 560], window_maximized=True,
                                 demo=True, last_model="minimax-i2v", last_prompt=prompt))
    loaded = load_settings(path)
    assert loaded.window_geometry == [10, 20, 900, 560] and loaded.window_maximized
    assert loaded.demo and loaded.last_model == "minimax-i2v" and loaded.last_prompt == prompt


@pytest.mark.parametrize("geometry", [[1, 2, 3], [0, 0, 0, 500], [0, 0, "800", 600],
                                      [0, 0, True, 600], "0,0,800,600", [0, 0, 10**9, 600]])
def test_a_damaged_window_place_falls_back_to_a_first_run(tmp_path, geometry):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 2, "values": {"window_geometry": geometry,
                                                         "last_prompt": "bell\x07"}}))
    loaded = load_settings(path)
    assert loaded.window_geometry == [] and loaded.last_prompt == ""
