"""Run as a separate process by test_paid_clip_is_kept.py: the real app, killed by SIGKILL at a
chosen moment of saving a clip, the way a power cut or a crash would stop it.

    app_saving_until_killed.py EXPECTED_TASKS KILL_AT [PROMPT]

KILL_AT is `after-rename` (the clip has just got its final name), `after-sidecar` (its .json
is written, the clip not yet renamed) or `never`. With a PROMPT the app generates it first.
Without a kill, the process prints SETTLED and quits once the ledger holds EXPECTED_TASKS
tasks, every one saved.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from pathlib import Path


def kill_at(moment: str) -> None:
    """Wrap os.replace so the process dies right after the library's rename at `moment`."""
    library = Path(os.environ["HAILUO_DESKTOP_LIBRARY_DIR"]).resolve()
    suffix = {"after-rename": ".mp4", "after-sidecar": ".json"}.get(moment)
    if suffix is None:
        return
    replace = os.replace

    def replace_then_die(src, dst, *args, **kwargs):
        replace(src, dst, *args, **kwargs)
        target = Path(dst).resolve()
        if target.parent == library and target.suffix == suffix:
            os.kill(os.getpid(), signal.SIGKILL)

    os.replace = replace_then_die


def saved_count(ledger: Path) -> tuple[int, int]:
    """(tasks, tasks saved) in the ledger on disk."""
    try:
        with sqlite3.connect(f"file:{ledger}?mode=ro", uri=True) as db:
            return db.execute("SELECT COUNT(*), COALESCE(SUM(download_state = 'saved'), 0) "
                              "FROM tasks").fetchone()
    except sqlite3.OperationalError:  # not created yet
        return 0, 0


async def run(expected: int, prompt: str | None) -> None:
    from hailuo_desktop.app import create_window

    window = create_window()
    window.show()
    if prompt:
        window.form.promptEdit.setPlainText(prompt)
        window.form.generateButton.click()
    ledger = Path(os.environ["HAILUO_DESKTOP_DATA_DIR"]) / "tasks.sqlite3"
    while saved_count(ledger) != (expected, expected):
        await asyncio.sleep(0.05)
    print("SETTLED", flush=True)
    closed = asyncio.Event()
    window.shutdownFinished.connect(closed.set)
    window.close()
    await closed.wait()


def main() -> None:
    import qasync
    from PySide6.QtWidgets import QApplication

    expected, moment = int(sys.argv[1]), sys.argv[2]
    prompt = sys.argv[3] if len(sys.argv) > 3 else None
    kill_at(moment)
    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(run(expected, prompt))


if __name__ == "__main__":
    main()
