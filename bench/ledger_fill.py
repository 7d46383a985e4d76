"""Big ledgers for the benchmarks, written in one transaction.

`Ledger.open()` creates the file, so the schema is the app's own; the rows then go in through
sqlite3 at once, because saving 100,000 tasks one fsync'd `Ledger.save` at a time would take
minutes. The mix is what a long-time user keeps: mostly clips saved in the library, some
failed, expired, cancelled, unconfirmed or stale. No task is still running or submitting:
those would make the app poll or rewrite the ledger at start-up, which is not loading.
"""

from __future__ import annotations

import asyncio
import random
import shutil
import sqlite3
from pathlib import Path

from hailuo_desktop.domain.task import DownloadState, GenerationRequest, Task, TaskState
from hailuo_desktop.storage.ledger import Ledger

ROOT = Path(__file__).resolve().parents[1]
POSTER = ROOT / "resources" / "icons" / "hicolor" / "64x64" / "apps" / "hailuo-desktop.png"
MODELS = ("minimax-t2v", "minimax-i2v", "minimax-i2v-director")
WORDS = ("golden", "sunset", "over", "the", "ocean", "waves", "a", "fox", "running", "through",
         "snowy", "forest", "city", "at", "night", "neon", "rain", "[Pan left]", "[Push in]",
         "slow", "motion", "drone", "shot", "of", "mountains", "cat", "astronaut", "desert")
COLUMNS = ("local_id", "created_at", "model", "prompt", "first_image_url", "callback_url",
           "state", "task_id", "trace_id", "started_at", "finished_at", "video_url",
           "error_code", "error_message", "updated_at", "polling_since",
           "download_state", "download_error", "file_path", "poster_path")
YEAR = 365 * 24 * 3600.0
NOW = 1_790_000_000.0  # a fixed "now" keeps every run's ledger the same


def _task(rng: random.Random, number: int, count: int, clip: Path, poster: Path) -> Task:
    created = NOW - YEAR + YEAR * number / count
    model = rng.choice(MODELS)
    prompt = " ".join(rng.choices(WORDS, k=rng.randint(3, 40)))
    image = None if model == "minimax-t2v" else f"https://images.example/{number}.jpg"
    base = Task(GenerationRequest(model, prompt, image), created_at=created,
                local_id=f"{number:032x}", task_id=f"task-{number}", trace_id=f"trace-{number}",
                started_at=created + 1, updated_at=created + rng.uniform(40, 200))
    roll = rng.random()
    if roll < 0.70:
        # Every saved row may name the same file: at start-up the app only checks it exists.
        return base.evolve(state=TaskState.SUCCEEDED, finished_at=base.updated_at,
                           video_url=f"https://cdn.example/{number}.mp4",
                           download_state=DownloadState.SAVED, file_path=str(clip),
                           poster_path=str(poster))
    if roll < 0.75:
        return base.evolve(state=TaskState.SUCCEEDED, finished_at=base.updated_at,
                           video_url=f"https://cdn.example/{number}.mp4",
                           download_state=DownloadState.EXPIRED,
                           download_error="The video link has expired.")
    if roll < 0.78:
        return base.evolve(state=TaskState.SUCCEEDED, finished_at=base.updated_at,
                           video_url=f"https://cdn.example/{number}.mp4",
                           download_state=DownloadState.CANCELLED)
    if roll < 0.90:
        return base.evolve(state=TaskState.FAILED, finished_at=base.updated_at,
                           error_code="content_violation", error_message="Refused.")
    if roll < 0.95:
        return base.evolve(state=TaskState.UNCONFIRMED, error_code="unconfirmed")
    return base.evolve(state=TaskState.STALE, polling_since=created)


def _row(task: Task) -> tuple:
    request = task.request
    return (task.local_id, task.created_at, request.model, request.prompt,
            request.first_image_url, request.callback_url, task.state.value, task.task_id,
            task.trace_id, task.started_at, task.finished_at, task.video_url, task.error_code,
            task.error_message, task.updated_at, task.polling_since,
            task.download_state.value, task.download_error, task.file_path, task.poster_path)


def fill(root: Path, count: int) -> Path:
    """`root`/data/tasks.sqlite3 with `count` tasks, and the clip and poster its saved rows
    name in `root`/library and `root`/data/posters; returns `root`."""
    path = root / "data" / "tasks.sqlite3"
    clip = root / "library" / "saved-clip.mp4"
    poster = root / "data" / "posters" / "poster.png"
    for folder in (clip.parent, poster.parent):
        folder.mkdir(parents=True, exist_ok=True)
    clip.write_bytes(b"")
    shutil.copyfile(POSTER, poster)

    async def create_schema() -> None:
        ledger = Ledger(path)
        await ledger.open()
        await ledger.close()

    asyncio.run(create_schema())
    rng = random.Random(count)
    rows = [_row(_task(rng, number, count, clip, poster)) for number in range(count)]
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("BEGIN")
        db.executemany(f"INSERT INTO tasks ({', '.join(COLUMNS)}) "
                       f"VALUES ({', '.join('?' for _ in COLUMNS)})", rows)
        db.execute("COMMIT")
    finally:
        db.close()
    return root
