"""The platform features' private files: written whole, readable by the user alone, and read as
empty when damaged."""

from __future__ import annotations

import os
import stat

from hailuo_desktop.storage.private_json import read_json_object, write_json_object
from hailuo_desktop.storage.upload_links import UploadLinks


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_written_privately_and_whole(tmp_path):
    path = tmp_path / "new" / "cache.json"
    write_json_object(path, {"a": 1, "é": "ü"})
    assert read_json_object(path) == {"a": 1, "é": "ü"}
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    write_json_object(path, {"b": 2})
    assert read_json_object(path) == {"b": 2}
    assert [p.name for p in path.parent.iterdir()] == ["cache.json"]


def test_missing_or_damaged_reads_as_empty(tmp_path):
    path = tmp_path / "cache.json"
    assert read_json_object(path) == {}
    for damage in (b"{half", b"[1, 2]", b"\xff\xfe", b""):
        path.write_bytes(damage)
        assert read_json_object(path) == {}


def test_links_are_kept_by_platform_and_content(tmp_path):
    path = tmp_path / "links.json"
    links = UploadLinks(path)
    links.put("https://platform.example/", "d1", "https://cdn/1.png")
    assert links.get("https://platform.example", "d1") == "https://cdn/1.png"
    assert links.get("http://127.0.0.1:9", "d1") is None
    assert UploadLinks(path).get("https://platform.example", "d1") == "https://cdn/1.png"


def test_the_oldest_links_are_forgotten_first(tmp_path):
    links = UploadLinks(tmp_path / "links.json", limit=2)
    for n in range(3):
        links.put("p", f"d{n}", f"u{n}")
    links.put("p", "d1", "u1")  # used again: now the newest
    links.put("p", "d3", "u3")
    fresh = UploadLinks(tmp_path / "links.json", limit=2)
    assert [fresh.get("p", f"d{n}") for n in range(4)] == [None, "u1", None, "u3"]


def test_a_damaged_link_file_starts_afresh(tmp_path):
    path = tmp_path / "links.json"
    path.write_text('{"links": {"p d1": 7, "p d2": "u2"}}')
    assert UploadLinks(path).get("p", "d2") == "u2"
    assert UploadLinks(path).get("p", "d1") is None
    path.write_text('{"links": []}')
    assert UploadLinks(path).get("p", "d2") is None
