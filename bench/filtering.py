"""Searching a big library as a user types: each keystroke in the search box filters every
row again (and sorts what is shown), on the UI thread. One process opens the app with the
ledger, types a query one key at a time, then clears it, and reports what each key took.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

from .child import emit, launch
from .figures import Figure, median

QUERY = "golden ocean"   # words of the ledger's prompts: each key narrows a real result
TIMEOUT = 600.0
GOAL = "< 100 ms"


def measure(work: Path, ledger_root: Path, rows: int) -> list[Figure]:
    from .app_window import fresh_env

    result = launch("bench.filtering", str(rows), env=fresh_env(work, ledger_root),
                    timeout=TIMEOUT)
    keys = result.get("keys")
    if keys is None:
        return [Figure(f"search {rows:,} rows: one keystroke", result.missing(), GOAL)]
    times = [seconds for _, seconds, _ in keys]
    shown = ", ".join(f"{text!r} {ms * 1000:.0f} ms ({count:,})" for text, ms, count in keys)
    print(f"bench: filtering per key: {shown}", file=sys.stderr)
    return [
        Figure(f"search {rows:,} rows: one keystroke (typing {QUERY!r})",
               f"{median(times) * 1000:.0f} ms median, {max(times) * 1000:.0f} ms slowest "
               f"of {len(times)}", GOAL),
        Figure(f"search {rows:,} rows: status filter to Failed and back",
               f"{max(result.get('status')) * 1000:.0f} ms slowest of 2", GOAL),
    ]


def _type(window) -> dict:
    """Each key's time from the key press until the model shows its rows."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    edit = window.library.filters.searchEdit
    model = window.table.model()
    keys = []
    for char in QUERY:
        start = time.perf_counter()
        QTest.keyClick(edit, char)
        keys.append((edit.text(), time.perf_counter() - start, model.rowCount()))
    for _ in QUERY:
        start = time.perf_counter()
        QTest.keyClick(edit, Qt.Key.Key_Backspace)
        keys.append((edit.text(), time.perf_counter() - start, model.rowCount()))
    status = window.library.filters.statusCombo
    times = []
    for text in ("Failed", "Any state"):
        start = time.perf_counter()
        status.setCurrentIndex(status.findText(text))
        times.append(time.perf_counter() - start)
    return {"keys": keys, "status": times}


async def _search(rows: int) -> None:
    from .app_window import close_window, open_window

    opened = await open_window(rows, TIMEOUT)
    # A person starts typing a moment after the list appears; the app makes each task's
    # search text meanwhile, in slices (the opening figures include that work).
    await asyncio.sleep(1.0)
    emit(**_type(opened.window))
    await close_window(opened.window)


if __name__ == "__main__":
    from .qt_loop import run

    run(lambda: _search(int(sys.argv[1])))
