"""The finish rules: records read per second (every poll reads every unfinished record)."""

from __future__ import annotations

import json
import time
from pathlib import Path

from hailuo_desktop.domain.outcome import read_outcome

from .figures import Figure

EXAMPLE = (Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "api-examples"
           / "task-retrieve-response.json")
COUNT = 200_000


def measure() -> list[Figure]:
    record = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    start = time.perf_counter()
    for _ in range(COUNT):
        read_outcome(record)
    elapsed = time.perf_counter() - start
    return [Figure("finish rules: task records read", f"{COUNT / elapsed:,.0f} /s")]
