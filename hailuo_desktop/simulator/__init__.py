"""A loopback HTTP server that speaks AceData Cloud's Hailuo protocol (demo mode, e2e tests).

Stays free of Qt and of the rest of the app. Run it alone with ``python -m
hailuo_desktop.simulator``.
"""

from .callbacks import CallbackAttempt
from .faults import Faults
from .server import ReceivedRequest, Simulator

__all__ = ["CallbackAttempt", "Faults", "ReceivedRequest", "Simulator"]
