"""Small text helpers shared by the table and the detail panel."""

from __future__ import annotations

import html
import time
from collections import Counter

from PySide6.QtCore import QLocale

from ...domain.i18n import Context
from ...domain.task import TaskState

Summary = Context("Summary")


def duration(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


def local_time(timestamp: float) -> str:
    """Today's times as 14:12, this year's as 11-23 14:12, older ones as 2025-11-23: short
    enough for the table, and never a time without its day."""
    stamp = time.localtime(timestamp)
    if time.strftime("%Y-%m-%d", stamp) == time.strftime("%Y-%m-%d"):
        return time.strftime("%H:%M", stamp)
    if stamp.tm_year == time.localtime().tm_year:
        return time.strftime("%m-%d %H:%M", stamp)
    return time.strftime("%Y-%m-%d", stamp)


def full_time(timestamp: float) -> str:
    """The date and the time, for the details panel and tooltips."""
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(timestamp))


def plain_tooltip(text: str) -> str:
    """Qt guesses whether a tooltip is rich text; escaping makes user text show literally."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def one_line(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def summarize(counts: Counter[TaskState], shown: int | None = None) -> str:
    """"5 videos · 2 done · 1 running · 1 failed" for the status bar; with a filter on,
    "12 of 3,480 shown · …"."""
    total = sum(counts.values())
    if not total:
        return Summary.tr("No videos yet")
    if shown is None:
        parts = [Summary.tr("%Ln video(s)", "", total)]
    else:
        parts = [Summary.tr("{shown} of %Ln shown", "", total).format(
            shown=QLocale().toString(shown))]
    running = sum(counts[state] for state in TaskState if state.is_running)
    for count, words in (
            (counts[TaskState.SUCCEEDED], lambda n: Summary.tr("%Ln done", "", n)),
            (running, lambda n: Summary.tr("%Ln running", "", n)),
            (counts[TaskState.FAILED], lambda n: Summary.tr("%Ln failed", "", n)),
            (counts[TaskState.UNCONFIRMED], lambda n: Summary.tr("%Ln unconfirmed", "", n)),
            (counts[TaskState.STALE], lambda n: Summary.tr("%Ln to check later", "", n)),
            (counts[TaskState.GONE], lambda n: Summary.tr("%Ln gone from the service", "", n))):
        if count:
            parts.append(words(count))
    return " · ".join(parts)
