"""The task ledger: every generation the user started, in SQLite, surviving crashes.

All SQL runs on one worker thread so the UI's event loop never waits on the disk; callers
await the coroutines. Writes use WAL with synchronous=FULL: a task the service accepted is on
disk before the app shows it as accepted.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from ..domain.task import DownloadState, GenerationRequest, Task, TaskState
from .paths import PRIVATE_FILE, make_private, private_dir

T = TypeVar("T")

# Each entry moves the schema one version up; PRAGMA user_version records how far a file got.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE tasks (
        local_id        TEXT PRIMARY KEY,
        created_at      REAL NOT NULL,
        model           TEXT NOT NULL,
        prompt          TEXT NOT NULL,
        first_image_url TEXT,
        callback_url    TEXT,
        state           TEXT NOT NULL,
        task_id         TEXT,
        trace_id        TEXT,
        started_at      REAL,
        finished_at     REAL,
        video_url       TEXT,
        error_code      TEXT,
        error_message   TEXT,
        updated_at      REAL,
        polling_since   REAL
    );
    CREATE INDEX tasks_by_created ON tasks (created_at);
    """,
    """
    ALTER TABLE tasks ADD COLUMN download_state TEXT NOT NULL DEFAULT 'none';
    ALTER TABLE tasks ADD COLUMN download_error TEXT;
    ALTER TABLE tasks ADD COLUMN file_path TEXT;
    ALTER TABLE tasks ADD COLUMN poster_path TEXT;
    """,
    # What the app learns about the account (the ids a task listing is asked with), and
    # saves that now keep trying by themselves instead of waiting for a click.
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE INDEX tasks_by_task_id ON tasks (task_id);
    UPDATE tasks SET download_state = 'missing'
        WHERE download_state = 'failed' AND download_error LIKE 'The saved video is no longer%';
    UPDATE tasks SET download_state = 'retrying'
        WHERE download_state = 'failed' AND state = 'succeeded';
    """,
    # Stars, takes of one shot, the clip a shot continues, a picture's own name, and removal
    # (recorded before any file moves, so Undo and a crash in between lose nothing).
    """
    ALTER TABLE tasks ADD COLUMN starred INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE tasks ADD COLUMN group_id TEXT;
    ALTER TABLE tasks ADD COLUMN take_number INTEGER;
    ALTER TABLE tasks ADD COLUMN continues_from TEXT;
    ALTER TABLE tasks ADD COLUMN first_frame_name TEXT;
    ALTER TABLE tasks ADD COLUMN removed_at REAL;
    """,
    # How long a saved clip plays, learnt while making its poster (the gallery shows it).
    """
    ALTER TABLE tasks ADD COLUMN clip_seconds REAL;
    """,
)

_COLUMNS = ("local_id", "created_at", "model", "prompt", "first_image_url", "callback_url",
            "state", "task_id", "trace_id", "started_at", "finished_at", "video_url",
            "error_code", "error_message", "updated_at", "polling_since",
            "download_state", "download_error", "file_path", "poster_path", "starred",
            "group_id", "take_number", "continues_from", "first_frame_name", "removed_at",
            "clip_seconds")


_UPSERT = (f"INSERT OR REPLACE INTO tasks ({', '.join(_COLUMNS)}) "
           f"VALUES ({', '.join('?' for _ in _COLUMNS)})")


class LedgerError(Exception):
    """The ledger file cannot be opened or written."""


class Ledger:
    def __init__(self, path: Path):
        self.path = path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ledger")
        self._db: sqlite3.Connection | None = None

    async def _run(self, fn: Callable[..., T], *args) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    async def open(self) -> None:
        await self._run(self._open)

    async def close(self) -> None:
        await self._run(self._close)
        self._executor.shutdown(wait=True)

    async def load_all(self) -> list[Task]:
        return await self._run(self._load_all)

    async def save(self, task: Task) -> None:
        await self._run(self._save, task)

    async def save_many(self, tasks: list[Task]) -> None:
        await self._run(self._save_many, tasks)

    async def load_meta(self) -> dict[str, str]:
        return await self._run(self._load_meta)

    async def save_meta(self, values: dict[str, str]) -> None:
        await self._run(self._save_meta, values)

    def _open(self) -> None:
        try:
            private_dir(self.path.parent)
            # SQLite gives its -wal and -shm files the database file's permissions.
            os.close(os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE))
            for path in (self.path, self.path.with_name(self.path.name + "-wal"),
                         self.path.with_name(self.path.name + "-shm")):
                make_private(path)
            db = sqlite3.connect(self.path, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > len(MIGRATIONS):
                db.close()
                raise LedgerError(f"{self.path} was written by a newer Hailuo Desktop")
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                db.executescript(f"BEGIN; {script}; PRAGMA user_version={number}; COMMIT;")
        except (sqlite3.Error, OSError) as exc:
            raise LedgerError(f"cannot open the task ledger {self.path}: {exc}") from exc
        self._db = db

    def _close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _load_all(self) -> list[Task]:
        assert self._db is not None, "open() first"
        rows = self._db.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM tasks ORDER BY created_at").fetchall()
        return [_task_from_row(dict(zip(_COLUMNS, row, strict=True))) for row in rows]

    def _load_meta(self) -> dict[str, str]:
        assert self._db is not None, "open() first"
        return dict(self._db.execute("SELECT key, value FROM meta").fetchall())

    def _save_meta(self, values: dict[str, str]) -> None:
        assert self._db is not None, "open() first"
        try:
            self._db.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                                 list(values.items()))
        except (sqlite3.Error, OSError) as exc:
            raise LedgerError(f"cannot write to the task ledger {self.path}: {exc}") from exc

    def _save(self, task: Task) -> None:
        self._save_many([task])

    def _save_many(self, tasks: list[Task]) -> None:
        """One transaction, however many tasks: one fsync instead of one each."""
        assert self._db is not None, "open() first"
        rows = [[_row_from_task(task)[c] for c in _COLUMNS] for task in tasks]
        try:
            with self._db:
                self._db.execute("BEGIN")
                self._db.executemany(_UPSERT, rows)
        except (sqlite3.Error, OSError) as exc:
            raise LedgerError(f"cannot write to the task ledger {self.path}: {exc}") from exc


def _row_from_task(task: Task) -> dict:
    req = task.request
    return {
        "local_id": task.local_id, "created_at": task.created_at, "model": req.model,
        "prompt": req.prompt, "first_image_url": req.first_image_url,
        "callback_url": req.callback_url, "state": task.state.value, "task_id": task.task_id,
        "trace_id": task.trace_id, "started_at": task.started_at,
        "finished_at": task.finished_at, "video_url": task.video_url,
        "error_code": task.error_code, "error_message": task.error_message,
        "updated_at": task.updated_at, "polling_since": task.polling_since,
        "download_state": task.download_state.value, "download_error": task.download_error,
        "file_path": task.file_path, "poster_path": task.poster_path,
        "starred": int(task.starred), "group_id": task.group_id,
        "take_number": task.take_number, "continues_from": task.continues_from,
        "first_frame_name": task.first_frame_name, "removed_at": task.removed_at,
        "clip_seconds": task.clip_seconds,
    }


def _task_from_row(row: dict) -> Task:
    request = GenerationRequest(row.pop("model"), row.pop("prompt"),
                                row.pop("first_image_url"), row.pop("callback_url"))
    try:
        state = TaskState(row.pop("state"))
    except ValueError:  # a state word from a newer version: let the poller find out again
        state = TaskState.PENDING
    try:
        download = DownloadState(row.pop("download_state"))
    except ValueError:
        download = DownloadState.NONE
    starred = bool(row.pop("starred"))
    return Task(request=request, state=state, download_state=download, starred=starred, **row)
