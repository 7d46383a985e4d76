"""Guards the pinned Qt binding against a bug that kills a long-running app.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every Qt call that returns
nothing (setText, setEnabled, timers…); after a few thousand calls Python aborts with
"none_dealloc: deallocating None". 6.11.3 does not. Before raising the pin, run this.
"""

from __future__ import annotations

import sys


def test_void_qt_calls_do_not_leak_references_to_none(qapp):
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.setEnabled(True)
    # Other threads may take or drop a few references meanwhile; the bug drops thousands.
    assert abs(sys.getrefcount(None) - before) < 100
