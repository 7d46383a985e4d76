"""The printed result: one row per figure, with the goal it is held to, as a Markdown table
(so a run can be pasted into the README as it is)."""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    what: str
    value: str
    goal: str = ""


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def table(figures: list[Figure]) -> str:
    rows = [("what", "measured", "goal"), *((f.what, f.value, f.goal) for f in figures)]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines = ["| " + " | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
             + " |" for row in rows]
    lines.insert(1, "|" + "|".join("-" * (width + 2) for width in widths) + "|")
    return "\n".join(lines)
