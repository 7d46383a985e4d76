"""The library folder: reserving names, checking and renaming finished parts, sidecars."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import platformdirs
import pytest

from hailuo_desktop.domain.naming import is_safe_name
from hailuo_desktop.domain.task import GenerationRequest, Task, TaskState
from hailuo_desktop.domain.version import app_version
from hailuo_desktop.simulator.videos import encode_clip
from hailuo_desktop.storage.library import (
    IncompleteError,
    Library,
    LibraryError,
    NotAVideoError,
    default_library_dir,
)

CREATED = 1795443150.5
FINISHED = CREATED + 75.25


def make_task(prompt: str = "Golden sunset over waves", task_id: str = "baf1034c-5b2e-4c1d",
              **changes) -> Task:
    request = GenerationRequest("minimax-i2v", prompt, "https://cdn.example/first.png")
    return Task(request=request, created_at=CREATED, state=TaskState.SUCCEEDED,
                task_id=task_id, trace_id="trace-77", finished_at=FINISHED,
                video_url=f"https://cdn.example/{task_id}.mp4").evolve(**changes)


@pytest.fixture(scope="module")
def clip() -> bytes:
    return encode_clip("library-test")


@pytest.fixture
def library(tmp_path) -> Library:
    lib = Library(tmp_path / "lib")
    lib.ensure_writable()
    return lib


def files(library: Library) -> list[str]:
    return sorted(p.name for p in library.root.iterdir())


def test_default_folder_is_videos_then_app_name_unless_overridden(monkeypatch, tmp_path):
    monkeypatch.setenv("HAILUO_DESKTOP_LIBRARY_DIR", str(tmp_path / "mine"))
    assert default_library_dir() == tmp_path / "mine"
    monkeypatch.setenv("HAILUO_DESKTOP_LIBRARY_DIR", "  ")
    assert default_library_dir() == platformdirs.user_videos_path() / "Hailuo Desktop"
    monkeypatch.delenv("HAILUO_DESKTOP_LIBRARY_DIR")
    assert default_library_dir() == platformdirs.user_videos_path() / "Hailuo Desktop"


def test_ensure_writable_creates_the_folder_and_leaves_nothing(tmp_path):
    lib = Library(tmp_path / "a" / "b")
    lib.ensure_writable()
    assert lib.root.is_dir() and list(lib.root.iterdir()) == []


def test_an_unwritable_folder_is_one_sentence_pointing_to_settings(tmp_path):
    (tmp_path / "blocker").write_text("a file where the folder should be")
    lib = Library(tmp_path / "blocker" / "videos")
    with pytest.raises(LibraryError) as caught:
        lib.ensure_writable()
    sentence = str(caught.value)
    assert sentence.startswith(f"The library folder {lib.root} can't be written: ")
    assert sentence.endswith("Choose another folder in Settings.")
    assert "\n" not in sentence


def test_reserve_claims_a_readable_name_with_an_empty_part(library):
    final = library.reserve(make_task())
    assert final.parent == library.root and final.suffix == ".mp4"
    assert final.name.endswith("_golden-sunset-over-waves_baf1034c.mp4")
    assert files(library) == [final.name + ".part"]
    assert library.part_path(final).stat().st_size == 0


def test_three_tasks_with_one_prompt_get_three_names(library):
    finals = [library.reserve(make_task(task_id=f"baf1034c-000{n}")) for n in range(3)]
    assert len({f.name for f in finals}) == 3
    assert [f.name.rsplit("_", 1)[1] for f in finals] == [
        "baf1034c.mp4", "baf1034c-2.mp4", "baf1034c-3.mp4"]
    assert all(is_safe_name(f.name) for f in finals)


def test_a_hostile_prompt_stays_inside_the_library(library):
    final = library.reserve(make_task(prompt="../../../../tmp/evil\x00CON"))
    assert final.parent == library.root and is_safe_name(final.name)


def save(library: Library, final: Path, clip: bytes, expected: int | None) -> None:
    library.part_path(final).write_bytes(clip)
    library.verify(library.part_path(final), expected)
    library.place(library.part_path(final), final)


def test_a_verified_part_is_placed_under_its_name_privately(library, clip):
    final = library.reserve(make_task())
    save(library, final, clip, len(clip))
    assert final.read_bytes() == clip
    assert files(library) == [final.name]
    assert final.stat().st_mode & 0o777 == 0o600


def test_verify_refuses_a_short_file_and_cleans_up(library, clip):
    final = library.reserve(make_task())
    library.part_path(final).write_bytes(clip[: len(clip) // 2])
    with pytest.raises(IncompleteError, match="stopped early"):
        library.verify(library.part_path(final), len(clip))
    assert files(library) == []


def test_verify_refuses_what_is_not_an_mp4(library):
    final = library.reserve(make_task())
    page = b"<html><body>Access denied</body></html>"
    library.part_path(final).write_bytes(page)
    with pytest.raises(NotAVideoError, match="not an MP4"):
        library.verify(library.part_path(final), len(page))
    assert files(library) == []


def test_verify_without_a_part_asks_for_a_retry(library):
    final = library.root / "2026-11-23_1412_x_baf1034c.mp4"
    with pytest.raises(IncompleteError, match="Retry"):
        library.verify(library.part_path(final), 10)


def test_reserve_keeps_the_name_the_ledger_recorded_while_it_is_free(library):
    task = make_task()
    first = library.reserve(task)
    library.discard(library.part_path(first))  # the app died before any byte arrived
    assert library.reserve(task.evolve(file_path=str(first))) == first
    other = library.reserve(task.evolve(file_path=str(first)))  # now taken by that part
    assert other != first


def test_sidecar_records_where_the_clip_came_from(library, clip):
    task = make_task(prompt="Un café «noir» — 夜")
    final = library.reserve(task)
    save(library, final, clip, len(clip))
    sidecar = library.write_sidecar(final, task)
    assert sidecar == final.with_suffix(".json")
    record = json.loads(sidecar.read_text(encoding="utf-8"))
    assert record["prompt"] == "Un café «noir» — 夜"
    assert record["model"] == "minimax-i2v"
    assert record["first_image_url"] == "https://cdn.example/first.png"
    assert record["task_id"] == "baf1034c-5b2e-4c1d"
    assert record["trace_id"] == "trace-77"
    assert record["video_url"] == task.video_url
    assert record["created_at_unix"] == CREATED and record["finished_at_unix"] == FINISHED
    assert datetime.fromisoformat(record["created_at"]).timestamp() == int(CREATED)
    assert datetime.fromisoformat(record["finished_at"]).timestamp() == int(FINISHED)
    assert record["file"] == final.name
    assert record["app_version"] == app_version() != "unknown"
    assert files(library) == sorted([final.name, sidecar.name])  # no temporary file left
    assert sidecar.stat().st_mode & 0o777 == 0o600  # as private as the clip it describes


def test_sidecar_of_a_task_without_finish_time(library):
    final = library.root / "x_baf1034c.mp4"
    record = json.loads(library.write_sidecar(final, make_task(finished_at=None)).read_text())
    assert record["finished_at"] is None and record["finished_at_unix"] is None


def test_sweep_removes_only_sidecar_temporaries(library):
    names = ("a_12345678.mp4.part", "b_12345678.mp4", "c_12345678.json",
             ".c_12345678.json.json.tmp", "notes.tmp")
    for name in names:
        (library.root / name).write_bytes(b"")
    library.sweep()
    assert files(library) == sorted(set(names) - {".c_12345678.json.json.tmp"})


def test_find_saved_adopts_the_recorded_clip_or_one_carrying_the_short_id(library, clip):
    task = make_task(task_id="12345678-aaaa")
    final = library.reserve(task)
    save(library, final, clip, None)
    assert library.find_saved(task.evolve(file_path=str(final))) == final
    assert library.find_saved(task) == final  # the ledger never heard of the name
    assert library.find_saved(make_task(task_id="87654321-bbbb")) is None


def test_find_saved_prefers_the_clip_whose_sidecar_names_the_task(library, clip):
    task = make_task(task_id="12345678-aaaa")
    first = library.reserve(task)
    second = library.reserve(task)
    save(library, first, clip, None)
    save(library, second, clip, None)
    library.write_sidecar(second, task)
    library.write_sidecar(first, make_task(task_id="12345678-zzzz"))  # same short id
    assert library.find_saved(task) == second


def test_find_saved_ignores_what_is_not_a_clip_of_the_task(library, clip):
    task = make_task(task_id="12345678-aaaa")
    final = library.reserve(task)
    library.part_path(final).rename(final)
    assert library.find_saved(task.evolve(file_path=str(final))) is None  # empty, not MP4
    final.write_bytes(clip)
    library.write_sidecar(final, make_task(task_id="99999999-cccc"))
    assert library.find_saved(task.evolve(file_path=str(final))) is None  # another task's


def test_resumable_from_the_ledgers_file_path(library):
    task = make_task()
    final = library.reserve(task)
    library.part_path(final).write_bytes(b"half")
    assert library.resumable(task.evolve(file_path=str(final))) == final


def test_resumable_adopts_an_unrecorded_part_by_short_id(library):
    task = make_task(task_id="12345678-aaaa")
    library.reserve(make_task(task_id="12345678-aaaa"))  # a first copy, then a numbered one
    second = library.reserve(task)
    library.part_path(library.root / second.name.replace("-2.mp4", ".mp4")).unlink()
    assert library.resumable(task) == second
    assert library.resumable(make_task(task_id="87654321-bbbb")) is None


def test_resumable_ignores_paths_outside_the_library(library, tmp_path):
    outside = tmp_path / "elsewhere" / "2026-11-23_1412_x_baf1034c.mp4"
    outside.parent.mkdir()
    Path(str(outside) + ".part").write_bytes(b"half")
    assert library.resumable(make_task(task_id="zzzzzzzz", file_path=str(outside))) is None
    sneaky = library.root / ".." / "elsewhere" / outside.name
    assert library.resumable(make_task(task_id="zzzzzzzz", file_path=str(sneaky))) is None


def test_resumable_without_a_part_is_none(library):
    final = library.root / "2026-11-23_1412_x_baf1034c.mp4"
    assert library.resumable(make_task(file_path=str(final))) is None
    assert not os.listdir(library.root)


@pytest.mark.parametrize("prompt", ["一只猫在雨中散步", "夕焼けの海 ゆっくり", "غروب الشمس",
                                    "🌅🌊", "सूर्यास्त"])
def test_clips_named_in_any_script_are_found_again_by_their_short_id(library, clip, prompt):
    task = make_task(prompt=prompt, task_id="12345678-aaaa")
    final = library.reserve(task)
    assert final.name.endswith("_12345678.mp4") and library.owns(final)
    assert library.resumable(task) == final  # an unrecorded part, after a crash
    save(library, final, clip, None)
    library.write_sidecar(final, task)
    assert library.find_saved(task) == final  # the ledger never heard of the name
    assert library.find_saved(task.evolve(file_path=str(final))) == final
    if prompt != "🌅🌊":
        assert prompt.split()[0][:2] in final.name


def test_a_demo_librarys_sidecars_say_demo_and_a_real_ones_do_not(tmp_path, clip):
    for demo in (False, True):
        library = Library(tmp_path / ("Demo" if demo else "real"), demo=demo)
        library.ensure_writable()
        final = library.reserve(make_task())
        save(library, final, clip, None)
        record = json.loads(library.write_sidecar(final, make_task()).read_text())
        assert record.get("demo", False) is demo
