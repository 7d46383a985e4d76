"""The ledger: one fsync'd save (every state change is one), and loading it back."""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from hailuo_desktop.domain.task import GenerationRequest, Task, TaskState
from hailuo_desktop.storage.ledger import Ledger

from .figures import Figure, median

TASKS = 2000


async def _measure() -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as folder:
        ledger = Ledger(Path(folder) / "tasks.sqlite3")
        await ledger.open()
        tasks = [Task(GenerationRequest("minimax-t2v", f"prompt {i}"), created_at=i,
                      state=TaskState.SUCCEEDED, task_id=f"id-{i}") for i in range(TASKS)]
        saves = []
        for task in tasks:
            start = time.perf_counter()
            await ledger.save(task)
            saves.append(time.perf_counter() - start)
        start = time.perf_counter()
        loaded = await ledger.load_all()
        load = time.perf_counter() - start
        await ledger.close()
    assert len(loaded) == TASKS
    return median(saves), load


def measure() -> list[Figure]:
    save, load = asyncio.run(_measure())
    return [Figure("ledger: one save (synchronous=FULL)",
                   f"{save * 1000:.2f} ms (median of {TASKS:,})"),
            Figure(f"ledger: load_all() of {TASKS:,} tasks", f"{load * 1000:.1f} ms")]
