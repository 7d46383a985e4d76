"""Which clips can be compared, apart from the compare window itself: the library asks on
every selection change, and the window (with its players) is loaded only when first opened."""

from __future__ import annotations

from ...domain.task import Task
from ..player.clip_preview import clip_source

MOST = 4   # side by side on a laptop screen; more would be stamps


def comparable(task: Task) -> bool:
    """A finished clip there is something to play of."""
    return clip_source(task) is not None


COMPARE_WINDOW = "compareWindow"   # its objectName: found to be closed without loading it
