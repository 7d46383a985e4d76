"""The SQLite task ledger: schema, round trips, ordering, and files it must refuse."""

from __future__ import annotations

import asyncio
import sqlite3
from dataclasses import fields

import pytest

from hailuo_desktop.domain.task import DownloadState, GenerationRequest, Task, TaskState
from hailuo_desktop.storage.ledger import MIGRATIONS, Ledger, LedgerError


def full_task(**changes) -> Task:
    """A task with every field set to a distinct, non-default value."""
    task = Task(
        request=GenerationRequest("minimax-i2v-director", "Pan left <b>&</b> 'quotes' \"ü\" 🎬",
                                  "https://example.com/frame.png?a=1&b=2",
                                  "https://hook.example.com/cb"),
        created_at=1736863231.588,
        local_id="local-1",
        state=TaskState.FAILED,
        task_id="58cc618b-9639-4ee7-add2-d2fcf260d9a3",
        trace_id="0c1f9f13-0aef-4d9a-a9d2-1d27055ff190",
        started_at=1736863231.648,
        finished_at=1736863300.748,
        video_url="https://platform.cdn.acedata.cloud/x.mp4",
        error_code="used_up",
        error_message="Your balance is not sufficient",
        updated_at=1736863301.5,
        polling_since=1736863232.25,
        download_state=DownloadState.EXPIRED,
        download_error="The link has expired.",
        file_path="/videos/2025-01-14_1400_pan-left_58cc618b.mp4",
        poster_path="/posters/58cc618b.png",
        starred=True,
        group_id="group-1",
        take_number=2,
        continues_from="local-0",
        first_frame_name="beach photo.png",
        removed_at=1736863400.0,
        clip_seconds=6.04,
    )
    return task.evolve(**changes)


def with_ledger(path, work):
    """Open a ledger at `path`, run `work(ledger)`, close it; returns work's result."""
    async def main():
        ledger = Ledger(path)
        await ledger.open()
        try:
            return await work(ledger)
        finally:
            await ledger.close()
    return asyncio.run(main())


def open_error(path) -> LedgerError | None:
    """The exception open() raises for `path` (None when it opens)."""
    async def main():
        ledger = Ledger(path)
        try:
            await ledger.open()
        except Exception as exc:
            return exc
        finally:
            await ledger.close()
        return None
    return asyncio.run(main())


def test_open_creates_the_file_and_schema(tmp_path):
    path = tmp_path / "deep" / "er" / "tasks.sqlite3"

    async def work(ledger):
        return await ledger.load_all()

    assert with_ledger(path, work) == []
    assert path.is_file()
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        columns = {row[1] for row in db.execute("PRAGMA table_info(tasks)")}
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        db.close()
    expected = {f.name for f in fields(Task)} - {"request"}
    expected |= {f.name for f in fields(GenerationRequest)}
    assert columns == expected


def test_every_field_round_trips(tmp_path):
    path = tmp_path / "tasks.sqlite3"
    task = full_task()
    # Every field is set, so a column lost in the mapping would show up as a default below.
    defaults = Task(request=GenerationRequest("m", "p"), created_at=0.0)
    assert all(getattr(task, f.name) != getattr(defaults, f.name) for f in fields(Task))

    async def work(ledger):
        await ledger.save(task)
        return await ledger.load_all()

    loaded = with_ledger(path, work)
    assert loaded == [task]
    assert loaded[0].state is TaskState.FAILED


def test_a_minimal_task_round_trips_with_its_nones(tmp_path):
    task = Task(request=GenerationRequest("minimax-t2v", "p"), created_at=5.0, local_id="m")

    async def work(ledger):
        await ledger.save(task)
        return await ledger.load_all()

    loaded = with_ledger(tmp_path / "tasks.sqlite3", work)
    assert loaded == [task]
    assert loaded[0].state is TaskState.SUBMITTING
    assert loaded[0].request.first_image_url is None


@pytest.mark.parametrize("state", list(TaskState))
def test_every_state_round_trips(tmp_path, state):
    task = full_task(state=state)

    async def work(ledger):
        await ledger.save(task)
        return await ledger.load_all()

    assert with_ledger(tmp_path / "tasks.sqlite3", work)[0].state is state


def test_save_again_replaces_the_row(tmp_path):
    first = full_task(state=TaskState.PENDING, video_url=None, error_code=None,
                      error_message=None, finished_at=None)
    second = first.evolve(state=TaskState.SUCCEEDED, video_url="https://cdn/x.mp4",
                          finished_at=99.0)

    async def work(ledger):
        await ledger.save(first)
        await ledger.save(second)
        return await ledger.load_all()

    assert with_ledger(tmp_path / "tasks.sqlite3", work) == [second]


def test_load_all_orders_by_created_at(tmp_path):
    tasks = [full_task(local_id=f"t{n}", created_at=created)
             for n, created in enumerate([30.0, 10.0, 20.0, 5.5])]

    async def work(ledger):
        for task in tasks:
            await ledger.save(task)
        return await ledger.load_all()

    loaded = with_ledger(tmp_path / "tasks.sqlite3", work)
    assert [t.created_at for t in loaded] == [5.5, 10.0, 20.0, 30.0]
    assert [t.local_id for t in loaded] == ["t3", "t1", "t2", "t0"]


def test_reopen_keeps_the_data(tmp_path):
    path = tmp_path / "tasks.sqlite3"
    a, b = full_task(local_id="a", created_at=1.0), full_task(local_id="b", created_at=2.0)

    async def write(ledger):
        await ledger.save(a)
        await ledger.save(b)

    async def read(ledger):
        return await ledger.load_all()

    with_ledger(path, write)
    assert with_ledger(path, read) == [a, b]
    assert with_ledger(path, read) == [a, b]  # opening again does not migrate twice
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    finally:
        db.close()


def test_file_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "tasks.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version={len(MIGRATIONS) + 1}")
    db.close()
    error = open_error(path)
    assert isinstance(error, LedgerError)
    assert "newer" in str(error)


def test_file_that_is_not_sqlite_is_refused(tmp_path):
    path = tmp_path / "tasks.sqlite3"
    path.write_bytes(b"this is not a database, just some text " * 200)
    assert isinstance(open_error(path), LedgerError)


def test_unknown_state_word_loads_as_pending(tmp_path):
    path = tmp_path / "tasks.sqlite3"
    task = full_task(state=TaskState.PROCESSING)

    async def write(ledger):
        await ledger.save(task)

    async def read(ledger):
        return await ledger.load_all()

    with_ledger(path, write)
    db = sqlite3.connect(path)
    db.execute("UPDATE tasks SET state = 'teleported' WHERE local_id = ?", (task.local_id,))
    db.commit()
    db.close()
    loaded = with_ledger(path, read)
    assert loaded == [task.evolve(state=TaskState.PENDING)]


def test_unwritable_folder_is_a_ledger_error(tmp_path):
    # Running as root, chmod cannot make a folder unwritable: put the folder under a file.
    blocker = tmp_path / "x" / "file.txt"
    blocker.parent.mkdir()
    blocker.write_text("a regular file, not a folder")
    error = open_error(blocker / "sub" / "tasks.sqlite3")
    # app.py only catches LedgerError around Session.open(): anything else crashes the start-up.
    assert isinstance(error, LedgerError), f"got {error!r}"


def test_a_version_1_ledger_is_migrated_and_keeps_its_tasks(tmp_path):
    import sqlite3

    from hailuo_desktop.storage.ledger import MIGRATIONS

    path = tmp_path / "tasks.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(MIGRATIONS[0])
    old.execute("INSERT INTO tasks (local_id, created_at, model, prompt, state, task_id) "
                "VALUES ('old', 1.0, 'minimax-t2v', 'from version 1', 'succeeded', 'tid')")
    old.execute("PRAGMA user_version=1")
    old.commit()
    old.close()

    loaded = with_ledger(path, lambda ledger: ledger.load_all())
    assert [(t.local_id, t.request.prompt, t.state, t.download_state) for t in loaded] == [
        ("old", "from version 1", TaskState.SUCCEEDED, DownloadState.NONE)]
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    check.close()


def test_a_version_2_ledger_keeps_trying_failed_saves_and_knows_missing_clips(tmp_path):
    path = tmp_path / "tasks.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(MIGRATIONS[0] + MIGRATIONS[1])
    rows = [("http500", "succeeded", "failed", "The video server had a problem (HTTP 500)."),
            ("gone", "succeeded", "failed", "The saved video is no longer in the library "
                                            "folder (moved or deleted)."),
            ("expired", "succeeded", "expired", "The video link has expired."),
            ("saved", "succeeded", "saved", None)]
    old.executemany("INSERT INTO tasks (local_id, created_at, model, prompt, state, "
                    "download_state, download_error) VALUES (?, 1.0, 'minimax-t2v', 'p', ?, ?, ?)",
                    rows)
    old.execute("PRAGMA user_version=2")
    old.commit()
    old.close()

    loaded = with_ledger(path, lambda ledger: ledger.load_all())
    assert {t.local_id: t.download_state for t in loaded} == {
        "http500": DownloadState.RETRYING, "gone": DownloadState.MISSING,
        "expired": DownloadState.EXPIRED, "saved": DownloadState.SAVED}


def test_account_ids_are_kept_between_runs(tmp_path):
    path = tmp_path / "tasks.sqlite3"

    async def remember(ledger):
        await ledger.save_meta({"user_id": "u-1", "application_id": "a-1"})
        await ledger.save_meta({"application_id": "a-2"})

    with_ledger(path, remember)
    assert with_ledger(path, lambda ledger: ledger.load_meta()) == {
        "user_id": "u-1", "application_id": "a-2"}


def test_the_ledger_and_its_folder_are_private(tmp_path):
    path = tmp_path / "data" / "tasks.sqlite3"
    path.parent.mkdir()
    path.parent.chmod(0o755)
    sqlite3.connect(path).close()  # an older version's file, made with the usual 0644
    path.chmod(0o644)
    with_ledger(path, lambda ledger: ledger.save(full_task()))
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    for sibling in path.parent.iterdir():  # -wal and -shm hold prompts too
        assert sibling.stat().st_mode & 0o077 == 0, sibling.name
