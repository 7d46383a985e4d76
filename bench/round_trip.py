"""The client and the simulator over loopback HTTP: a generate, and a retrieve_batch of 50."""

from __future__ import annotations

import asyncio
import time

from hailuo_desktop.api.client import HailuoClient
from hailuo_desktop.domain.task import GenerationRequest
from hailuo_desktop.simulator import Simulator

from .figures import Figure, median

GENERATES = 50
BATCHES = 20


async def _measure() -> tuple[float, float]:
    with Simulator(token="bench", generation_seconds=0) as sim:
        client = HailuoClient(sim.base_url, "bench")
        ids, generates = [], []
        for i in range(GENERATES):
            start = time.perf_counter()
            ids.append((await client.generate(GenerationRequest("minimax-t2v", f"p{i}"))).task_id)
            generates.append(time.perf_counter() - start)
        batches = []
        for _ in range(BATCHES):
            start = time.perf_counter()
            await client.retrieve_batch(ids)
            batches.append(time.perf_counter() - start)
        await client.aclose()
    return median(generates), median(batches)


def measure() -> list[Figure]:
    generate, batch = asyncio.run(_measure())
    return [Figure("loopback: generate", f"{generate * 1000:.1f} ms (median of {GENERATES})"),
            Figure(f"loopback: retrieve_batch of {GENERATES} ids",
                   f"{batch * 1000:.1f} ms (median of {BATCHES})")]
