"""Sorting a big table by each column, as a click on its header does (`sortByColumn`).

One process opens the app with the ledger, then sorts every column several times, turning the
order round each time so that every sort has work to do. Sorts repeat while they are cheap.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from .child import emit, launch
from .figures import Figure, median

REPETITIONS = 5
COLUMN_BUDGET = 3.0  # seconds of sorting after which a column is not sorted again
TIMEOUT = 600.0      # opening plus every column, even on code that takes seconds a sort
GOAL = "< 100 ms"


def measure(work: Path, ledger_root: Path, rows: int) -> list[Figure]:
    from .app_window import fresh_env

    result = launch("bench.sorting", str(rows), env=fresh_env(work, ledger_root),
                    timeout=TIMEOUT)
    columns = result.get("columns")
    if columns is None:
        return [Figure(f"sort {rows:,} rows", result.missing(), GOAL)]
    return [Figure(f"sort {rows:,} rows by {name}",
                   f"{median(samples) * 1000:.0f} ms (median of {len(samples)})", GOAL)
            for name, samples in columns.items()]


def _sort_times(table) -> dict[str, list[float]]:
    """Seconds each `table.sortByColumn` took, for each column by header text."""
    from PySide6.QtCore import Qt

    model = table.model()
    times: dict[str, list[float]] = {}
    for column in range(model.columnCount()):
        name = model.headerData(column, Qt.Orientation.Horizontal) or f"column {column} (untitled)"
        samples = times[name] = []
        while len(samples) < REPETITIONS and sum(samples) < COLUMN_BUDGET:
            order = (Qt.SortOrder.AscendingOrder if len(samples) % 2 == 0
                     else Qt.SortOrder.DescendingOrder)
            start = time.perf_counter()
            table.sortByColumn(column, order)
            samples.append(time.perf_counter() - start)
    return times


async def _sort_all(rows: int) -> None:
    from .app_window import close_window, open_window

    opened = await open_window(rows, TIMEOUT)
    emit(columns=_sort_times(opened.window.table))
    await close_window(opened.window)


if __name__ == "__main__":
    from .qt_loop import run

    run(lambda: _sort_all(int(sys.argv[1])))
