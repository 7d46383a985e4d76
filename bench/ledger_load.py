"""Opening the app with a big ledger: the time until every row is in the table model, beyond
what an empty ledger takes, and the longest the window stays frozen meanwhile.

Each opening is a fresh process (`python -m bench.ledger_load ROWS`), empty and full ledgers
taking turns, so that neither gets the other's warm caches or leftovers. Openings repeat while
they are cheap: code that takes half a minute per opening is measured fewer times.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from .child import emit, launch
from .figures import Figure, median

REPETITIONS = 5
BUDGET = 60.0    # seconds after which no further pair of openings starts
TIMEOUT = 120.0  # one opening, even on code that takes ~25 s for 10,000 rows


def measure(work: Path, ledger_root: Path, rows: int) -> list[Figure]:
    from .app_window import fresh_env

    runs: dict[int, list[dict]] = {0: [], rows: []}
    start = time.perf_counter()
    while len(runs[rows]) < REPETITIONS and time.perf_counter() - start < BUDGET:
        for count, root in ((0, None), (rows, ledger_root)):
            result = launch("bench.ledger_load", str(count), env=fresh_env(work, root),
                            timeout=TIMEOUT)
            if result.get("seconds") is None:
                return [Figure(f"open with {rows:,} tasks", result.missing(), "< 1.0 s")]
            runs[count].append(result.reports[-1])
    empty = median(r["seconds"] for r in runs[0])
    full = median(r["seconds"] for r in runs[rows])
    return [
        Figure(f"open with {rows:,} tasks: extra time until all rows are in the model",
               f"{full - empty:.2f} s ({full:.2f} s vs {empty:.2f} s empty; median of "
               f"{len(runs[rows])})", "< 1.0 s"),
        Figure(f"open with {rows:,} tasks: longest event-loop stall while loading",
               f"{median(r['stall_ms'] for r in runs[rows]):.0f} ms "
               f"(empty: {median(r['stall_ms'] for r in runs[0]):.0f} ms)", "< 50 ms"),
    ]


async def _open_and_close(rows: int) -> None:
    from .app_window import close_window, open_window

    opened = await open_window(rows, TIMEOUT)
    emit(seconds=opened.seconds, stall_ms=opened.stall_ms)
    await close_window(opened.window)


if __name__ == "__main__":
    from .qt_loop import run

    run(lambda: _open_and_close(int(sys.argv[1])))
