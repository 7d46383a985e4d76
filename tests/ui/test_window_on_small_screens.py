"""The window as `create_window()` opens it on the screens people have: it fits the screen,
comes back where it was left, and its parts stay whole and usable at 1024×600 and 1366×768.

Each case runs tests/ui/window_probe.py in a process of its own (a screen's size is fixed when
Qt starts), on an offscreen screen of that size; the probe prints what it measured.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hailuo_desktop.domain.window_geometry import FRAME_ALLOWANCE, PREFERRED_SIZE, place

PROBE = Path(__file__).with_name("window_probe.py")


def screen_file(folder: Path, width: int, height: int, dpr: float = 1.0) -> Path:
    path = folder / f"screen-{width}x{height}.json"
    path.write_text(json.dumps({"screens": [{
        "name": "probe", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBpi": 96, "dpr": dpr}]}))
    return path


def probe(tmp_path: Path, width: int, height: int, *args: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile="
               f"{screen_file(tmp_path, width, height)}")
    done = subprocess.run([sys.executable, str(PROBE), *args], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def inside(inner: list[int], outer: list[int]) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return ox <= x and oy <= y and x + w <= ox + ow and y + h <= oy + oh


@pytest.mark.parametrize("screen", [(1024, 600), (1366, 768)])
def test_the_window_fits_the_screen_and_stays_usable(tmp_path, screen):
    seen = probe(tmp_path, *screen, "--demo")
    assert inside(seen["frame"], seen["available"]), seen
    assert seen["generate_visible"], "Generate must be on screen without scrolling"
    assert seen["seek_visible"] and seen["seek_width"] >= 80, "a seek bar, not a square"
    assert seen["table_visible"] and seen["columns_fit"], "no columns behind a sideways scroll"
    columns = seen["columns"]
    assert columns["PROMPT"] == max(columns.values()), columns
    assert seen["details_width"] >= 200


def test_a_big_screen_gets_the_preferred_size_centred(tmp_path):
    seen = probe(tmp_path, 1920, 1080, "--demo")
    assert not seen["maximized"]
    x, y, w, h = seen["geometry"]
    assert (w, h) == PREFERRED_SIZE
    assert abs(x + w // 2 - 960) <= 1 and abs(y + h // 2 - 540) <= 1


def test_the_last_size_and_position_come_back(tmp_path):
    first = probe(tmp_path, 1920, 1080, "--demo", "--place", "100", "80", "1100", "700")
    assert first["placed"] == [100, 80, 1100, 700]
    again = probe(tmp_path, 1920, 1080, "--demo")
    assert again["geometry"] == [100, 80, 1100, 700] and not again["maximized"]
    # On a smaller screen since: moved and shrunk onto it, never off it.
    smaller = probe(tmp_path, 1024, 600, "--demo")
    assert inside(smaller["frame"], smaller["available"])


def test_the_welcome_opens_over_the_window_not_in_a_corner(tmp_path):
    seen = probe(tmp_path, 1920, 1080)  # no token: the welcome opens
    x, y, w, h = seen["welcome_centre"]
    cx, cy = seen["window_centre"]
    assert abs(x + w // 2 - cx) <= 2 and abs(y + h // 2 - cy) <= 2, seen


# --- the rule itself, without Qt -------------------------------------------------------------


def test_a_first_run_is_centred_at_the_preferred_size():
    assert place(None, False, (0, 0, 1920, 1080)).rect == (320, 130, 1280, 820)


def test_a_first_run_on_a_small_screen_is_maximized_within_it():
    placed = place(None, False, (0, 27, 1024, 573), minimum=(900, 300))
    assert placed.maximized and placed.rect == (0, 27, 1024, 573)


def test_a_saved_place_comes_back_as_it_was():
    assert place((10, 20, 900, 500), False, (0, 0, 1920, 1080)).rect == (10, 20, 900, 500)
    assert place((10, 20, 900, 500), True, (0, 0, 1920, 1080)).maximized


def test_a_place_on_a_screen_that_is_gone_moves_onto_this_one():
    placed = place((2500, 900, 1200, 800), False, (0, 0, 1366, 768))
    x, y, w, h = placed.rect
    assert (x, y) == (1366 - 1200, 0) and (w, h) == (1200, 768) and placed.maximized


def test_never_larger_than_the_screen_whatever_the_minimum():
    placed = place((0, 0, 500, 300), False, (0, 0, 800, 600), minimum=(1000, 700))
    assert placed.rect == (0, 0, 800, 600)


def test_a_window_nearly_as_big_as_the_screen_is_maximized_for_its_frame():
    aw, ah = 1366, 768
    assert place((0, 0, aw - FRAME_ALLOWANCE[0] + 1, 600), False, (0, 0, aw, ah)).maximized
    assert not place((0, 0, aw - FRAME_ALLOWANCE[0], 600), False, (0, 0, aw, ah)).maximized
