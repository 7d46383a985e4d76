"""`make bench`: every figure measured in this run, printed as one table with its goal.

`python -m bench [NAME ...]` runs only the named groups. Big ledgers are written once per run;
the scenarios that open the app run in their own offscreen processes, so that start-up and
memory are their own. Progress goes to stderr, the table to stdout.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from . import (
    big_ledger,
    download,
    filtering,
    finish_rules,
    ledger_load,
    ledger_save,
    round_trip,
    sorting,
    startup,
)
from .figures import Figure, table
from .ledger_fill import fill

TEN_K, HUNDRED_K = 10_000, 100_000


def _groups(work: Path) -> dict[str, Callable[[], list[Figure]]]:
    ledgers: dict[int, Path] = {}

    def ledger(rows: int) -> Path:
        if rows not in ledgers:
            ledgers[rows] = fill(work / f"ledger-{rows}", rows)
        return ledgers[rows]

    return {
        "finish_rules": finish_rules.measure,
        "ledger_save": ledger_save.measure,
        "round_trip": round_trip.measure,
        "download": lambda: download.measure(work),
        "startup": lambda: startup.measure(work),
        "ledger_load": lambda: ledger_load.measure(work, ledger(TEN_K), TEN_K),
        "sorting": lambda: sorting.measure(work, ledger(TEN_K), TEN_K),
        "filtering": lambda: filtering.measure(work, ledger(TEN_K), TEN_K),
        "big_ledger": lambda: big_ledger.measure(work, ledger(HUNDRED_K), HUNDRED_K),
    }


def main(names: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="hailuo-bench-") as folder:
        groups = _groups(Path(folder))
        unknown = set(names) - set(groups)
        if unknown:
            print(f"unknown: {', '.join(sorted(unknown))}; known: {', '.join(groups)}",
                  file=sys.stderr)
            return 2
        figures: list[Figure] = []
        for name, measure in groups.items():
            if names and name not in names:
                continue
            print(f"bench: {name}…", file=sys.stderr, flush=True)
            start = time.perf_counter()
            figures += measure()
            print(f"bench: {name} took {time.perf_counter() - start:.0f} s", file=sys.stderr,
                  flush=True)
    print(table(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
