"""Prints how fast the parts on the hot paths are: run with `make bench`.

- finish rules: records read per second (every poll reads every unfinished record)
- ledger: saves per second with synchronous=FULL, and loading a big ledger at start-up
- client + simulator: one generate and one retrieve_batch of 50 over loopback HTTP
"""

from __future__ import annotations

import asyncio
import json
import statistics
import tempfile
import time
from pathlib import Path

from hailuo_desktop.api.client import HailuoClient
from hailuo_desktop.domain.outcome import read_outcome
from hailuo_desktop.domain.task import GenerationRequest, Task, TaskState
from hailuo_desktop.simulator import Simulator
from hailuo_desktop.storage.ledger import Ledger

EXAMPLES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "api-examples"


def bench_outcome() -> None:
    record = json.loads((EXAMPLES / "task-retrieve-response.json").read_text())
    count = 200_000
    start = time.perf_counter()
    for _ in range(count):
        read_outcome(record)
    elapsed = time.perf_counter() - start
    print(f"finish rules: {count / elapsed:,.0f} records/s")


async def bench_ledger() -> None:
    with tempfile.TemporaryDirectory() as folder:
        ledger = Ledger(Path(folder) / "tasks.sqlite3")
        await ledger.open()
        tasks = [Task(GenerationRequest("minimax-t2v", f"prompt {i}"), created_at=i,
                      state=TaskState.SUCCEEDED, task_id=f"id-{i}") for i in range(2000)]
        start = time.perf_counter()
        for task in tasks[:300]:
            await ledger.save(task)
        per_save = (time.perf_counter() - start) / 300
        for task in tasks[300:]:
            await ledger.save(task)
        start = time.perf_counter()
        loaded = await ledger.load_all()
        load = time.perf_counter() - start
        await ledger.close()
    print(f"ledger: {per_save * 1000:.2f} ms per save (fsync'd); "
          f"load {len(loaded)} tasks in {load * 1000:.1f} ms")


async def bench_round_trip() -> None:
    with Simulator(token="bench", generation_seconds=0) as sim:
        client = HailuoClient(sim.base_url, "bench")
        ids, generate_times = [], []
        for i in range(50):
            start = time.perf_counter()
            ids.append((await client.generate(GenerationRequest("minimax-t2v", f"p{i}"))).task_id)
            generate_times.append(time.perf_counter() - start)
        batch_times = []
        for _ in range(20):
            start = time.perf_counter()
            await client.retrieve_batch(ids)
            batch_times.append(time.perf_counter() - start)
        await client.aclose()
    print(f"loopback: generate median {statistics.median(generate_times) * 1000:.1f} ms; "
          f"retrieve_batch(50) median {statistics.median(batch_times) * 1000:.1f} ms")


def main() -> None:
    bench_outcome()
    asyncio.run(bench_ledger())
    asyncio.run(bench_round_trip())


if __name__ == "__main__":
    main()
