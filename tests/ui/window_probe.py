"""Opens the app as `create_window()` builds it, on an offscreen screen of the size the parent
test chose (`QT_QPA_PLATFORM=offscreen:configfile=...`), and prints as JSON what a user of that
screen would find: where the window is, and whether its parts are whole and usable.

Run in a process of its own by test_window_on_small_screens.py: a screen's size is fixed
when Qt starts. `--place X Y W H` moves and resizes the window like a user, then closes it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys


def rect(r) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def fully_visible(widget) -> bool:
    """Shown, and not clipped by a scroll area or the window's edge."""
    window = widget.window()
    inside = widget.mapTo(window, widget.rect().topLeft())
    return (widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()
            and window.rect().contains(inside)
            and window.rect().contains(inside + widget.rect().bottomRight()))


def measure(app, window) -> dict:
    from PySide6.QtWidgets import QDialog, QSlider

    from hailuo_desktop.ui.library.task_table_model import Column

    table = window.table
    header = table.horizontalHeader()
    widths = {column.name: header.sectionSize(column) for column in Column}
    seek = window.player.findChild(QSlider, "seekSlider")
    welcome = window.findChild(QDialog, "welcomeDialog")
    return {
        "available": rect(app.primaryScreen().availableGeometry()),
        "frame": rect(window.frameGeometry()),
        "geometry": rect(window.geometry()),
        "maximized": window.isMaximized(),
        "generate_visible": fully_visible(window.form.generateButton),
        "seek_width": seek.width(),
        "seek_visible": fully_visible(seek),
        "columns": widths,
        "columns_fit": header.length() <= table.viewport().width(),
        "table_visible": fully_visible(table),
        "details_width": window.details.parentWidget().width(),
        "welcome_centre": (rect(welcome.frameGeometry()) if welcome is not None
                           and welcome.isVisible() else None),
        "window_centre": [window.frameGeometry().center().x(),
                          window.frameGeometry().center().y()],
    }


async def settled() -> None:
    """A few turns of Qt's loop: the layouts' posted requests are handled before a 0 ms
    timer fires, and nested layouts take a turn each."""
    from PySide6.QtCore import QTimer

    for _ in range(4):
        turn = asyncio.get_running_loop().create_future()
        QTimer.singleShot(0, lambda turn=turn: turn.set_result(None))
        await turn


async def run(app, args) -> dict:
    from PySide6.QtCore import QRect

    from hailuo_desktop.app import create_window

    window = create_window(demo=args.demo)
    window.show()
    await settled()
    result = measure(app, window)
    if args.place:
        window.showNormal()
        window.setGeometry(QRect(*args.place))
        await settled()
        result["placed"] = rect(window.geometry())
    closed = asyncio.Event()
    window.shutdownFinished.connect(closed.set)
    window.close()
    await closed.wait()
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--place", type=int, nargs=4)
    args = parser.parse_args()
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        result = loop.run_until_complete(run(app, args))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
