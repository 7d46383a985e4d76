"""A 100,000-task ledger: does the app open it, sort it, scroll to its end, and in how much
memory? One process, reporting each step as it finishes, so that a run out of time still
says how far it got."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from .child import emit, launch, peak_rss_mb
from .figures import Figure

TIMEOUT = 300.0  # the whole process, on code whose 10,000-task opening takes ~10 s
SORT_BY = "Prompt"  # free text: the dearest column to compare


def measure(work: Path, ledger_root: Path, rows: int) -> list[Figure]:
    from .app_window import fresh_env

    result = launch("bench.big_ledger", str(rows), env=fresh_env(work, ledger_root),
                    timeout=TIMEOUT)
    def seconds(key: str) -> str:
        value = result.get(key)
        return result.missing() if value is None else f"{value:.2f} s"

    rss = result.peak_rss_mb
    return [
        Figure(f"{rows:,} tasks: open until all rows are in the model", seconds("opened"),
               "opens"),
        Figure(f"{rows:,} tasks: sort by {SORT_BY}", seconds("sorted"), "sorts"),
        Figure(f"{rows:,} tasks: scrollToBottom + repaint", seconds("scrolled"), "scrolls"),
        Figure(f"{rows:,} tasks: peak RSS of that process"
               + ("" if result.get("scrolled") is not None else " (until stopped)"),
               "unknown" if rss is None else f"{rss:.0f} MB", "< 500 MB"),
    ]


async def _open_sort_scroll(rows: int) -> None:
    from PySide6.QtCore import Qt

    from .app_window import close_window, open_window

    opened = await open_window(rows, TIMEOUT)
    emit(opened=opened.seconds)
    table = opened.window.table
    model = table.model()
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == SORT_BY)
    start = time.perf_counter()
    table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    emit(sorted=time.perf_counter() - start)
    start = time.perf_counter()
    table.scrollToBottom()
    table.viewport().repaint()
    emit(scrolled=time.perf_counter() - start, peak_rss_mb=peak_rss_mb())
    await close_window(opened.window)


if __name__ == "__main__":
    from .qt_loop import run

    run(lambda: _open_sort_scroll(int(sys.argv[1])))
