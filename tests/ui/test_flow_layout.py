"""The wrapping layout under the camera-move chips: rows by width, room only for what shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from hailuo_desktop.ui.common.flow_layout import FlowLayout


@pytest.fixture
def host(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    layout = FlowLayout(widget, column_gap=10, row_gap=4)
    for _ in range(5):
        block = QWidget()
        block.setFixedSize(50, 20)
        layout.addWidget(block)
    return widget


@pytest.fixture
def flow(host) -> FlowLayout:
    return host.layout()


def tops_and_lefts(flow: FlowLayout) -> list[tuple[int, int]]:
    return [(flow.itemAt(i).geometry().top(), flow.itemAt(i).geometry().left())
            for i in range(flow.count()) if not flow.itemAt(i).isEmpty()]


def test_items_wrap_onto_rows_as_wide_as_the_room(flow):
    flow.parentWidget().resize(170, 100)
    flow.activate()
    assert tops_and_lefts(flow) == [(0, 0), (0, 60), (0, 120), (24, 0), (24, 60)]
    assert flow.heightForWidth(170) == 44
    assert flow.heightForWidth(169) == 68, "one pixel less: rows of two, two and one"
    assert flow.heightForWidth(1000) == 20


def test_preferred_size_is_one_row_and_the_least_is_the_widest_item(flow):
    assert flow.sizeHint() == QSize(290, 20)
    assert flow.minimumSize() == QSize(50, 20)


def test_hidden_items_take_no_room(flow, qtbot):
    flow.parentWidget().show()
    flow.itemAt(1).widget().hide()
    assert flow.sizeHint() == QSize(230, 20)
    flow.parentWidget().resize(170, 100)
    flow.activate()
    assert tops_and_lefts(flow) == [(0, 0), (0, 60), (0, 120), (24, 0)]


def test_the_widget_keeps_room_for_every_row(flow):
    flow.parentWidget().resize(110, 30)
    flow.activate()
    assert flow.parentWidget().minimumHeight() == 68


def test_shorter_items_sit_in_the_middle_of_their_row(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host, column_gap=10, row_gap=4)
    for height in (10, 20, 15):
        block = QWidget()
        block.setFixedSize(50, height)
        flow.addWidget(block)
    host.resize(200, 100)
    flow.activate()
    assert tops_and_lefts(flow) == [(5, 0), (0, 60), (2, 120)]
