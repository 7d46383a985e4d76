"""One place for errors nobody expected: uncaught exceptions from Qt slots, threads and asyncio
tasks are logged with their traceback and reported once, in plain words, to a listener (the
window shows a dialog). The app keeps running."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable

from .domain.i18n import Context

log = logging.getLogger("hailuo_desktop.errors")

Listener = Callable[[str, str], None]  # (sentence for the user, technical report)
ErrorText = Context("ErrorText")


class ErrorSink:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def report(self, exc: BaseException, where: str) -> None:
        details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        log.error("unexpected error in %s:\n%s", where, details)
        sentence = ErrorText.tr(
            "Something went wrong inside Hailuo Desktop. Your tasks are safe; you can keep "
            "working. If it happens again, copy the report below and send it to us.")
        for listener in self._listeners:
            listener(sentence, f"{where}: {details}")

    def install(self, loop) -> None:
        sys.excepthook = lambda kind, exc, tb: self.report(exc, "the user interface")
        threading.excepthook = lambda args: self.report(args.exc_value, f"thread {args.thread}")

        def on_loop_error(_loop, context: dict) -> None:
            exc = context.get("exception")
            if exc is None:
                log.error("asyncio: %s", context.get("message"))
                return
            self.report(exc, "a background job")

        loop.set_exception_handler(on_loop_error)
