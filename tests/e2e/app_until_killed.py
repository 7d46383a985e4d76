"""Run as a separate process by test_kill.py: the real app submits one generation, reports the
task id once the ledger on disk has it, then waits to be killed."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import sys
from pathlib import Path


async def submit_and_wait(app) -> None:
    from hailuo_desktop.app import create_window

    window = create_window()
    window.show()
    window.form.promptEdit.setPlainText(sys.argv[1])
    window.form.generateButton.click()
    ledger = Path(os.environ["HAILUO_DESKTOP_DATA_DIR"]) / "tasks.sqlite3"
    while True:
        await asyncio.sleep(0.02)
        if not ledger.exists():
            continue
        try:
            with sqlite3.connect(f"file:{ledger}?mode=ro", uri=True) as db:
                row = db.execute(
                    "SELECT task_id FROM tasks WHERE task_id IS NOT NULL").fetchone()
        except sqlite3.OperationalError:  # the app is still creating the file's tables
            continue
        if row:
            print(f"ACCEPTED {row[0]}", flush=True)
            await asyncio.Event().wait()  # until SIGKILL


def main() -> None:
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(submit_and_wait(app))


if __name__ == "__main__":
    main()
