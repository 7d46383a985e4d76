"""Finding and tidying, end to end against the simulator: search, star (to the sidecar), remove
with the trash and Undo, removed rows staying gone after a restart, "Remove all failed", and
the gallery remembered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from accessibility import ambiguous_fields, nameless_objects, unnamed_controls
from e2e_helpers import close_app, generate, wait_states
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox, QPushButton, QWidget

from hailuo_desktop.domain.task import DownloadState
from hailuo_desktop.ui.compare.compare_window import CompareWindow
from hailuo_desktop.ui.library.task_table_model import Column


@pytest.fixture
def trash_home(isolated_profile, monkeypatch) -> Path:
    """The system trash, in the test's own folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(isolated_profile / "xdg"))
    return isolated_profile / "xdg" / "Trash"


def tasks(window) -> dict[str, object]:
    model = window.table.model()
    return {model.task(row).request.prompt: model.task(row) for row in range(model.rowCount())}


def saved(window) -> list:
    return [t for t in tasks(window).values() if t.download_state is DownloadState.SAVED]


def select(qtbot, window, prompt: str) -> None:
    table = window.table
    row = table.model().row_of(tasks(window)[prompt].local_id)
    rect = table.visualRect(table.model().index(row, Column.PROMPT))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def focus_list(qtbot, window) -> None:
    """Offscreen, the preview's video window takes the focus when a clip starts (the platform
    activates every window it shows; a real screen does not): give it back to the list."""
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)


def answer_remove(qtbot, window, trash: bool) -> None:
    box = window.findChild(QMessageBox, "removeDialog")
    qtbot.waitUntil(lambda: box.isVisible())
    if trash:
        qtbot.mouseClick(box.findChild(QCheckBox, "trashFilesCheck"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(box.findChild(QPushButton, "confirmRemoveButton"),
                     Qt.MouseButton.LeftButton)


def summary(window) -> str:
    return window.statusBar().findChild(QLabel, "taskSummary").text()


def test_find_star_remove_to_the_trash_undo_and_restart(connect, app, open_app, qtbot,
                                                        isolated_profile, trash_home):
    window = app()
    for prompt in ("Terrace cafe at dusk", "A lighthouse in the storm", "A fox in the snow"):
        generate(qtbot, window, prompt)
    wait_states(qtbot, window, ["succeeded"] * 3)
    qtbot.waitUntil(lambda: len(saved(window)) == 3, timeout=20000)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    search = window.library.filters.searchEdit
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert search.hasFocus()
    qtbot.keyClicks(search, "CAFE")
    assert list(tasks(window)) == ["Terrace cafe at dusk"]
    qtbot.waitUntil(lambda: summary(window).startswith("1 of 3 shown"), timeout=3000)
    search.clear()

    select(qtbot, window, "A lighthouse in the storm")
    qtbot.keyClick(window.table, Qt.Key.Key_S)
    lighthouse = Path(tasks(window)["A lighthouse in the storm"].file_path)
    sidecar = lighthouse.with_suffix(".json")
    qtbot.waitUntil(lambda: json.loads(sidecar.read_text())["starred"] is True, timeout=5000)
    assert tasks(window)["A lighthouse in the storm"].starred

    focus_list(qtbot, window)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    answer_remove(qtbot, window, trash=True)
    qtbot.waitUntil(lambda: "A lighthouse in the storm" not in tasks(window), timeout=5000)
    qtbot.waitUntil(lambda: not lighthouse.exists(), timeout=5000)
    assert sorted(p.name for p in (trash_home / "files").iterdir()) == sorted(
        [lighthouse.name, sidecar.name])
    qtbot.waitUntil(lambda: "Removed 1 video from the list" in
                    window.statusBar().currentMessage(), timeout=5000)

    focus_list(qtbot, window)
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "A lighthouse in the storm" in tasks(window), timeout=5000)
    assert lighthouse.exists() and json.loads(sidecar.read_text())["starred"] is True
    assert window.table.currentTask().request.prompt == "A lighthouse in the storm"

    select(qtbot, window, "A fox in the snow")
    fox = Path(tasks(window)["A fox in the snow"].file_path)
    focus_list(qtbot, window)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    answer_remove(qtbot, window, trash=False)
    qtbot.waitUntil(lambda: "A fox in the snow" not in tasks(window), timeout=5000)
    close_app(qtbot, window)

    reopened = open_app()
    qtbot.waitUntil(lambda: len(tasks(reopened)) == 2, timeout=5000)
    assert "A fox in the snow" not in tasks(reopened), "a removed row stays removed"
    assert fox.exists(), "its clip stayed in the library"
    assert tasks(reopened)["A lighthouse in the storm"].starred


def test_remove_all_failed_from_the_edit_menu(connect, app, qtbot):
    connect.faults.fail_tasks = 2
    window = app()
    for prompt in ("refused one", "refused two", "a good one"):
        generate(qtbot, window, prompt)
    wait_states(qtbot, window, ["failed", "failed", "succeeded"])
    action = window.library.removeFailedAction
    assert action in window.editMenu.actions()
    assert action.text() == "Remove all 2 failed…"
    action.trigger()
    answer_remove(qtbot, window, trash=False)
    wait_states(qtbot, window, ["succeeded"])
    assert not action.isEnabled()


def test_the_gallery_is_remembered(connect, app, open_app, qtbot):
    window = app()
    qtbot.mouseClick(window.library.galleryViewButton, Qt.MouseButton.LeftButton)
    assert window.gallery.isVisible()
    close_app(qtbot, window)
    reopened = open_app()
    assert reopened.library.viewMode() == "gallery" and reopened.gallery.isVisible()


def test_a_screen_reader_names_every_library_control(connect, app, qtbot):
    window = app()
    for prompt in ("first of two", "second of two"):
        generate(qtbot, window, prompt)
    wait_states(qtbot, window, ["succeeded"] * 2)
    qtbot.waitUntil(lambda: len(saved(window)) == 2, timeout=20000)
    window.table.selectAll()
    qtbot.mouseClick(window.library.galleryViewButton, Qt.MouseButton.LeftButton)
    assert_named(tree(window))

    window.library.removeSelected()
    box = window.findChild(QMessageBox, "removeDialog")
    qtbot.waitUntil(box.isVisible)
    assert_named([*box.buttons(), box.checkBox()])   # the rest of a message box is Qt's
    box.reject()

    qtbot.mouseClick(window.library.compareButton, Qt.MouseButton.LeftButton)
    compare = window.findChild(CompareWindow)
    qtbot.waitUntil(lambda: compare is not None and compare.isVisible())
    assert_named(tree(compare))
    compare.close()


def tree(top: QWidget) -> list[QWidget]:
    return [top, *top.findChildren(QWidget)]


def assert_named(widgets: list[QWidget]) -> None:
    for check in (unnamed_controls, ambiguous_fields, nameless_objects):
        assert check(widgets) == [], check(widgets)
