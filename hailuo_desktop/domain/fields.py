"""Reading single fields of AceData's JSON defensively: a wrong type reads as missing."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Any


def text(value: Any) -> str | None:
    """A non-blank string, trimmed; anything else is None."""
    return value.strip() if isinstance(value, str) and value.strip() else None


def number(value: Any) -> float | None:
    """A finite JSON number (never a bool, which Python counts as one)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def flag(value: Any) -> bool:
    return value is True


def iso_timestamp(value: Any) -> float | None:
    """Unix time of an ISO 8601 string; a time without a zone is UTC, as AceData writes them."""
    raw = text(value)
    if raw is None:
        return None
    try:
        moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


def iso_utc(timestamp: float) -> str:
    """`2026-11-01T00:00:00Z`: how the platform's filters take a time."""
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
