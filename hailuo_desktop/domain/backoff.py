"""How long to wait after a failed poll: exponential, capped, with jitter so clients spread out."""

from __future__ import annotations

import random
from collections.abc import Callable


class Backoff:
    def __init__(self, base: float, cap: float = 120.0,
                 rng: Callable[[], float] = random.random):
        self.base = base
        self.cap = cap
        self._rng = rng
        self.failures = 0

    def next_delay(self, retry_after: float | None = None, cap: float | None = None) -> float:
        """The wait after one more failure; never shorter than the server's Retry-After.
        `cap`, when given, is a lower ceiling for this one wait (young tasks, say)."""
        self.failures += 1
        ceiling_cap = self.cap if cap is None else min(cap, self.cap)
        # The exponent stops growing once the cap is reached: no overflow after a long outage.
        ceiling = min(ceiling_cap, self.base * 2 ** min(self.failures, 32))
        delay = ceiling * (0.5 + 0.5 * self._rng())
        return max(delay, retry_after or 0.0)

    def reset(self) -> None:
        self.failures = 0
