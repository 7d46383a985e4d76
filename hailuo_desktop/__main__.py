"""Start Hailuo Desktop: `hailuo-desktop [--demo]` or `python -m hailuo_desktop`."""

from __future__ import annotations

import argparse
import asyncio
import logging
import logging.handlers
import os
import signal
import sys

from .domain.version import app_version
from .storage import paths


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="hailuo-desktop",
        description="Make short AI videos with the Hailuo models on AceData Cloud.")
    parser.add_argument("--demo", action="store_true",
                        help="use the built-in simulator: no account, no credits")
    parser.add_argument("--self-test", action="store_true",
                        help="check offscreen that this installation can make, download and play "
                             "a clip (built-in simulator, temporary folders), then exit")
    parser.add_argument("--version", action="version",
                        version=f"%(prog)s {app_version()}")
    return parser.parse_args(argv)


class _PrivateLogFile(logging.handlers.RotatingFileHandler):
    """Log files may quote prompts: readable by the user alone, rotated ones too."""

    def _open(self):
        stream = super()._open()
        os.chmod(self.baseFilename, paths.PRIVATE_FILE)
        return stream


def _setup_logging() -> None:
    folder = paths.private_dir(paths.log_dir())
    handler = _PrivateLogFile(
        folder / "hailuo-desktop.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    # httpx logs every request URL at INFO; useful, and it never includes headers.
    logging.getLogger("httpx").setLevel(logging.WARNING)


def _close_on_signals(window) -> None:
    """Ctrl+C in the terminal, or a logout's SIGTERM, closes the window the orderly way."""
    from PySide6.QtCore import QTimer

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: window.close())
    # Python runs signal handlers only between bytecodes: give it a moment now and then.
    heartbeat = QTimer(window, interval=250)
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start()


def main(argv: list[str] | None = None) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        # Before Qt is imported and before logging opens a file in the user's profile.
        from . import self_test

        return self_test.main()
    _setup_logging()

    import qasync
    from PySide6.QtWidgets import QApplication

    from .app import create_window
    from .error_sink import ErrorSink
    from .ui.common.style import apply_style
    from .ui.dialogs.about_dialog import app_icon
    from .ui.dialogs.error_dialog import ErrorReporter

    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_app.setApplicationName("Hailuo Desktop")
    qt_app.setDesktopFileName("hailuo-desktop")
    qt_app.setWindowIcon(app_icon())
    apply_style(qt_app)
    loop = qasync.QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    sink = ErrorSink()
    sink.install(loop)

    async def run() -> None:
        window = create_window(demo=args.demo)
        sink.subscribe(ErrorReporter(window).show)
        closed = asyncio.Event()
        window.shutdownFinished.connect(closed.set)
        _close_on_signals(window)
        window.show()  # where create_window() placed it
        await closed.wait()

    with loop:
        loop.run_until_complete(run())
    return 0


if __name__ == "__main__":
    sys.exit(main())
