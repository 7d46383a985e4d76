"""How tracking of unfinished tasks is going, as the status bar and the offline banner show it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Tracking(StrEnum):
    IDLE = "idle"          # nothing to track
    OK = "ok"              # the last round of questions was answered
    BUSY = "busy"          # 429: the service asked us to slow down
    OFFLINE = "offline"    # the service could not be reached at all
    TOKEN = "token"        # the service refused the token
    TROUBLE = "trouble"    # the service answered with an error or something unreadable


@dataclass(frozen=True)
class TrackingStatus:
    kind: Tracking
    unfinished: int = 0
    next_check_at: float | None = None  # when the next round happens; None: under way now
    detail: str = ""

    @property
    def troubled(self) -> bool:
        return self.kind not in (Tracking.IDLE, Tracking.OK)

    def seconds_to_next_check(self, now: float) -> int | None:
        if self.next_check_at is None:
            return None
        return max(0, round(self.next_check_at - now))
