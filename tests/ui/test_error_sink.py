"""One sink for unexpected errors: logged with the traceback, shown once, the app keeps going."""

from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtWidgets import QMessageBox, QWidget

from hailuo_desktop.error_sink import ErrorSink
from hailuo_desktop.ui.dialogs.error_dialog import ErrorReporter


def test_an_exception_in_a_background_job_reaches_the_sink(event_loop, qtbot, caplog,
                                                          monkeypatch):
    # install() replaces the process-wide hooks; pytest-qt's own must come back afterwards.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    sink = ErrorSink()
    heard = []
    sink.subscribe(lambda sentence, report: heard.append((sentence, report)))
    sink.install(event_loop)

    async def broken():
        raise RuntimeError("boom in a job")

    def report_when_done(job):
        event_loop.call_exception_handler({"message": "job failed",
                                           "exception": job.exception()})

    with caplog.at_level(logging.ERROR, logger="hailuo_desktop.errors"):
        job = event_loop.create_task(broken())
        job.add_done_callback(report_when_done)
        qtbot.waitUntil(lambda: bool(heard), timeout=3000)
    sentence, report = heard[0]
    assert "Your tasks are safe" in sentence and "Traceback" not in sentence
    assert "boom in a job" in report and "RuntimeError" in report
    assert "boom in a job" in caplog.text
    event_loop.set_exception_handler(None)
    assert isinstance(job.exception(), RuntimeError)


def test_many_errors_make_one_dialog(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    reporter = ErrorReporter(parent)
    reporter.show("Something went wrong.", "first report")
    reporter.show("Something went wrong.", "second report")
    dialogs = [w for w in parent.findChildren(QMessageBox) if w.isVisible()]
    assert len(dialogs) == 1
    assert dialogs[0].text() == "Something went wrong."
    assert "first report" in dialogs[0].detailedText()
    assert "second report" in dialogs[0].detailedText()
    dialogs[0].close()
