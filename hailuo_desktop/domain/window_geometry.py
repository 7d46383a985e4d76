"""Where the main window opens: where the user left it, made to fit the screen it opens on now
(a laptop undocked from a big monitor, a smaller screen since, a first run on a netbook).

Rectangles are (x, y, width, height) in the screen's logical pixels, for the window's inside;
the window manager's frame comes on top of that, so a window that would nearly fill the screen
opens maximized instead, which every window manager fits exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

Rect = tuple[int, int, int, int]

PREFERRED_SIZE = (1280, 820)
# Room for a title bar and borders: a window this close to the screen's size is maximized.
FRAME_ALLOWANCE = (16, 48)


@dataclass(frozen=True)
class Placement:
    rect: Rect
    maximized: bool


def is_rect(value: object) -> bool:
    """Four whole numbers, a sane size: what `window_geometry` in the settings may hold."""
    return (isinstance(value, list | tuple) and len(value) == 4
            and all(type(n) is int and abs(n) < 100_000 for n in value)
            and value[2] > 0 and value[3] > 0)


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(value, high))


def place(saved: Rect | None, maximized: bool, available: Rect,
          minimum: tuple[int, int] = (0, 0),
          preferred: tuple[int, int] = PREFERRED_SIZE) -> Placement:
    """The window's place on a screen whose usable area is `available`: the saved rectangle
    when it fits, else moved and shrunk onto the screen; a first run gets `preferred`,
    centred. Never larger than the screen, whatever the window's minimum says."""
    ax, ay, aw, ah = available
    if saved is not None and is_rect(saved):
        x, y, w, h = saved
    else:
        w, h = preferred
        x, y = ax + (aw - w) // 2, ay + (ah - h) // 2
    w = min(max(w, minimum[0]), aw)
    h = min(max(h, minimum[1]), ah)
    x = _clamp(x, ax, ax + aw - w)
    y = _clamp(y, ay, ay + ah - h)
    too_big = w > aw - FRAME_ALLOWANCE[0] or h > ah - FRAME_ALLOWANCE[1]
    if too_big and saved is None:
        x, y = ax + (aw - w) // 2, ay + (ah - h) // 2
    return Placement((x, y, w, h), maximized or too_big)
