"""The library panel driven with keys and clicks: search as you type, filters, "Clear filters",
stars, removal with its question, Undo, the gallery on the same selection, takes and Compare."""

from __future__ import annotations

import time

import pytest
from fakes import FakeSyncedPlayers, FakeTaskService
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox, QPushButton

from hailuo_desktop.domain.task import DownloadState, GenerationRequest, Task, TaskState
from hailuo_desktop.ui.common.elided_label import ElidedLabel
from hailuo_desktop.ui.compare.compare_window import CompareWindow
from hailuo_desktop.ui.library.gallery_delegate import star_rect
from hailuo_desktop.ui.library.library_panel import VIEW_GALLERY, VIEW_TABLE, LibraryPanel
from hailuo_desktop.ui.library.poster_cache import PosterCache
from hailuo_desktop.ui.library.task_table import TaskTable
from hailuo_desktop.ui.library.task_table_model import Column, TaskTableModel

NOW = time.time()


def done(prompt: str, local_id: str, age: float = 0.0, model: str = "minimax-t2v",
         **changes) -> Task:
    values = {"state": TaskState.SUCCEEDED, "task_id": f"task-{local_id}",
              "trace_id": f"trace-{local_id}",
              "video_url": f"https://cdn.example/{local_id}.mp4", **changes}
    return Task(GenerationRequest(model, prompt), created_at=NOW - 600 - age,
                local_id=local_id, **values)


LIBRARY = [
    done("A golden sunset over the ocean", "sunset", age=50),
    done("Café terrace, crème brûlée on the table", "cafe", age=40),
    done("海边的灯塔在暴风雨中", "lighthouse-zh", age=30),
    done("A neon street in the rain", "neon", age=20, state=TaskState.FAILED, video_url=None),
    done("Paper boats in a gutter", "boats", age=10, state=TaskState.PROCESSING,
         video_url=None),
    *(done("A lighthouse as the storm rolls in", f"take{n}", age=5, group_id="shot",
           take_number=n) for n in (1, 2, 3)),
]


@pytest.fixture
def library(qtbot, event_loop):
    """(panel, service) with the tasks above, shown in a window of its own."""
    service = FakeTaskService(now=NOW)
    table = TaskTable()
    panel = LibraryPanel(table)
    qtbot.addWidget(panel)
    model = TaskTableModel(service, panel, posters=PosterCache(QSize(64, 36), panel))
    table.setTaskModel(model)
    panel.setTaskModel(model)
    panel.setPlayers(FakeSyncedPlayers)
    service.add(*LIBRARY)
    panel.resize(1000, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    return panel, service


def shown(panel: LibraryPanel) -> list[str]:
    model = panel.table.model()
    return [model.task(row).local_id for row in range(model.rowCount())]


def click_row(qtbot, panel: LibraryPanel, local_id: str, modifier=Qt.KeyboardModifier.NoModifier):
    table = panel.table
    rect = table.visualRect(table.model().index(table.model().row_of(local_id), Column.PROMPT))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def commit_from_input_method(widget, text: str) -> None:
    """Chinese arrives as an input method's commit, not as key presses."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def dialog(panel: LibraryPanel) -> QMessageBox:
    box = panel.findChild(QMessageBox, "removeDialog")
    assert box is not None and box.isVisible()
    return box


def test_typing_filters_as_you_type_whatever_the_case_accents_or_script(library, qtbot):
    panel, _ = library
    edit = panel.filters.searchEdit
    qtbot.keyClicks(edit, "CREME")
    assert shown(panel) == ["cafe"]
    edit.clear()
    commit_from_input_method(edit, "灯塔")
    assert shown(panel) == ["lighthouse-zh"]
    edit.clear()
    qtbot.keyClicks(edit, "lighthouse storm")
    assert shown(panel) == ["take1", "take2", "take3"]
    edit.clear()
    assert len(shown(panel)) == len(LIBRARY)


def test_a_pasted_trace_id_finds_its_row(library, qtbot):
    panel, _ = library
    QGuiApplication.clipboard().setText("trace-neon")
    panel.filters.searchEdit.setFocus()
    qtbot.keyClick(panel.filters.searchEdit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert shown(panel) == ["neon"]


def test_ctrl_f_finds_and_down_goes_on_to_the_results(library, qtbot):
    panel, _ = library
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.filters.searchEdit.hasFocus()
    qtbot.keyClicks(panel.filters.searchEdit, "sunset")
    qtbot.keyClick(panel.filters.searchEdit, Qt.Key.Key_Down)
    assert panel.table.hasFocus()
    assert panel.table.currentTask().local_id == "sunset"


def test_filters_combine_and_nothing_found_says_why_with_one_click_to_clear(library, qtbot):
    panel, _ = library
    status = panel.filters.statusCombo
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_Down)   # Done
    assert set(shown(panel)) == {"sunset", "cafe", "lighthouse-zh", "take1", "take2", "take3"}
    qtbot.keyClick(status, Qt.Key.Key_Down)   # Failed
    assert shown(panel) == ["neon"]
    qtbot.mouseClick(panel.filters.starredButton, Qt.MouseButton.LeftButton)
    assert shown(panel) == []
    assert panel.emptyLabel.isVisible() and panel.clearFiltersButton.isVisible()
    assert panel.emptyLabel.text() == "No videos match these filters: Failed · Starred."
    assert not panel.table.isVisible()

    qtbot.mouseClick(panel.clearFiltersButton, Qt.MouseButton.LeftButton)
    assert len(shown(panel)) == len(LIBRARY) and panel.table.isVisible()
    assert panel.filters.value().is_empty and not panel.filters.starredButton.isChecked()


def test_model_and_date_filters(library, qtbot):
    panel, service = library
    service.add(done("An old one", "old", age=10 * 86400, model="minimax-i2v"))
    model = panel.filters.modelCombo
    model.setFocus()
    qtbot.keyClick(model, Qt.Key.Key_Down)   # Text → Video
    assert "old" not in shown(panel) and len(shown(panel)) == len(LIBRARY)
    qtbot.keyClick(model, Qt.Key.Key_Down)   # Image → Video
    assert shown(panel) == ["old"]
    date = panel.filters.dateCombo
    date.setFocus()
    qtbot.keyClick(date, Qt.Key.Key_Down)   # Today
    assert shown(panel) == []
    assert "Image → Video · Today" in panel.emptyLabel.text()


def test_s_stars_the_selection_and_a_click_on_the_star_cell_too(library, qtbot):
    panel, service = library
    stars = []
    panel.starRequested.connect(lambda ids, on: stars.append((sorted(ids), on)))
    click_row(qtbot, panel, "sunset")
    click_row(qtbot, panel, "cafe", Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.table, Qt.Key.Key_S)
    assert stars == [(["cafe", "sunset"], True)]
    service.change("sunset", starred=True)
    service.change("cafe", starred=True)
    assert panel.starAction.text() == "Remove star"
    qtbot.keyClick(panel.table, Qt.Key.Key_S)
    assert stars[-1] == (["cafe", "sunset"], False)

    table = panel.table
    cell = table.visualRect(table.model().index(table.model().row_of("neon"), Column.STAR))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    assert stars[-1] == (["neon"], True)
    assert table.model().index(table.model().row_of("sunset"), Column.STAR).data() == "★"


def test_delete_asks_first_and_can_send_saved_files_to_the_trash(library, qtbot, tmp_path):
    panel, service = library
    service.change("sunset", download_state=DownloadState.SAVED,
                   file_path=str(tmp_path / "sunset.mp4"))
    removed = []
    panel.removeRequested.connect(lambda ids, trash: removed.append((sorted(ids), trash)))
    click_row(qtbot, panel, "sunset")
    click_row(qtbot, panel, "cafe", Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    box = dialog(panel)
    assert box.text() == "Remove 2 videos from the list?"
    assert "may still be charged" not in box.informativeText()
    assert "Undo (Ctrl+Z)" in box.informativeText()
    qtbot.mouseClick(box.findChild(QCheckBox, "trashFilesCheck"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(box.findChild(QPushButton, "confirmRemoveButton"),
                     Qt.MouseButton.LeftButton)
    assert removed == [(["cafe", "sunset"], True)]


def test_removing_a_running_task_says_it_keeps_running_and_enter_does_not_agree(library,
                                                                                 qtbot):
    panel, _ = library
    removed = []
    panel.removeRequested.connect(lambda ids, trash: removed.append(ids))
    click_row(qtbot, panel, "boats")
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    box = dialog(panel)
    assert box.text() == "Remove “Paper boats in a gutter” from the list?"
    assert "keep running there and may still be charged" in box.informativeText()
    assert box.findChild(QCheckBox, "trashFilesCheck") is None, "nothing saved to trash"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.findChild(QMessageBox, "removeDialog") is None)
    assert removed == []

    panel.activateWindow()
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    confirm = dialog(panel).findChild(QPushButton, "confirmRemoveButton")
    assert confirm.text() == "Stop following and remove"
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    assert removed == [["boats"]]


def test_remove_all_failed_in_one_step(library, qtbot):
    panel, _ = library
    removed = []
    panel.removeRequested.connect(lambda ids, trash: removed.append(ids))
    assert panel.removeFailedAction.text() == "Remove all 1 failed…"
    panel.removeFailedAction.trigger()
    qtbot.mouseClick(dialog(panel).findChild(QPushButton, "confirmRemoveButton"),
                     Qt.MouseButton.LeftButton)
    assert removed == [["neon"]]


def test_ctrl_z_undoes_a_removal_but_leaves_typing_to_the_search_box(library, qtbot):
    panel, service = library
    undone = []
    panel.undoRequested.connect(lambda: undone.append(True))
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert undone == [], "nothing to undo yet"
    panel.setUndoAvailable(True)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert undone == [True]

    edit = panel.filters.searchEdit
    edit.setFocus()
    qtbot.keyClicks(edit, "sun")
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert undone == [True] and edit.text() != "sun"

    service.remove("sunset", "cafe")
    service.add(LIBRARY[0], LIBRARY[1])
    panel.showRestored(["sunset", "cafe"])
    assert sorted(t.local_id for t in panel.selectedTasks()) == ["cafe", "sunset"]


def test_takes_stay_together_in_take_order_and_say_which_take_they_are(library, qtbot):
    panel, _ = library
    table = panel.table
    for column in (Column.STATE, Column.PROMPT, Column.CREATED):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            table.sortByColumn(column, order)
            rows = shown(panel)
            first = rows.index("take1")
            assert rows[first:first + 3] == ["take1", "take2", "take3"], (column, order)
    model = table.model()
    prompt = model.index(model.row_of("take2"), Column.PROMPT).data()
    assert prompt == "Take 2 of 3 · A lighthouse as the storm rolls in"


def compared(panel: LibraryPanel) -> list[str]:
    """The clips the compare window that opened shows, by local id."""
    [window] = panel.findChildren(CompareWindow)
    assert window.isVisible()
    return [pane.task.local_id for pane in window.panes]


def test_select_all_takes_and_compare_them(library, qtbot):
    panel, service = library
    click_row(qtbot, panel, "take2")
    assert panel.compareButton.isEnabled() and panel.compareButton.text() == "Compare (3)"
    panel.selectTakesAction.trigger()
    assert [t.local_id for t in panel.selectedTasks()] == ["take1", "take2", "take3"]
    qtbot.mouseClick(panel.compareButton, Qt.MouseButton.LeftButton)
    assert compared(panel) == ["take1", "take2", "take3"]
    [window] = panel.findChildren(CompareWindow)
    assert window.players.sources == [f"https://cdn.example/take{n}.mp4" for n in (1, 2, 3)]
    assert window.panes[1].findChild(ElidedLabel).text().startswith("Take 2 of 3 · ")

    stars = []
    panel.starRequested.connect(lambda ids, on: stars.append((ids, on)))
    qtbot.mouseClick(window.panes[2].star, Qt.MouseButton.LeftButton)
    assert stars == [(["take3"], True)], "the keeper is starred through the library"
    service.change("take3", starred=True)
    assert window.panes[2].star.text() == "★ Keeper"
    panel.closeCompares()
    assert not window.isVisible()


def test_compare_takes_two_to_four_finished_clips(library, qtbot):
    panel, _ = library
    click_row(qtbot, panel, "sunset")
    assert not panel.compareButton.isEnabled()
    click_row(qtbot, panel, "cafe", Qt.KeyboardModifier.ControlModifier)
    assert panel.compareButton.text() == "Compare (2)"
    click_row(qtbot, panel, "neon", Qt.KeyboardModifier.ControlModifier)
    assert not panel.compareButton.isEnabled(), "a failed one has nothing to play"
    click_row(qtbot, panel, "neon", Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(panel.compareButton, Qt.MouseButton.LeftButton)
    assert sorted(compared(panel)) == ["cafe", "sunset"]


def test_the_gallery_shows_the_same_rows_and_selection_and_plays_and_stars(library, qtbot):
    panel, _ = library
    modes, played, stars = [], [], []
    panel.viewModeChanged.connect(modes.append)
    panel.table.playRequested.connect(lambda task: played.append(task.local_id))
    panel.starRequested.connect(lambda ids, on: stars.append((ids, on)))
    click_row(qtbot, panel, "cafe")
    qtbot.mouseClick(panel.galleryViewButton, Qt.MouseButton.LeftButton)
    gallery = panel.gallery
    assert modes == [VIEW_GALLERY] and gallery.isVisible() and not panel.table.isVisible()
    assert gallery.model() is panel.table.model()
    assert gallery.selectionModel() is panel.table.selectionModel()
    assert gallery.currentIndex().data(Qt.ItemDataRole.ToolTipRole).count("crème") == 1

    boats = gallery.visualRect(gallery.model().index(gallery.model().row_of("boats"), 0))
    qtbot.mouseClick(gallery.viewport(), Qt.MouseButton.LeftButton, pos=boats.center())
    assert panel.table.currentTask().local_id == "boats", "one selection for both views"
    sunset = gallery.visualRect(gallery.model().index(gallery.model().row_of("sunset"), 0))
    qtbot.mouseClick(gallery.viewport(), Qt.MouseButton.LeftButton, pos=sunset.center())
    qtbot.mouseDClick(gallery.viewport(), Qt.MouseButton.LeftButton, pos=sunset.center())
    assert played == ["sunset"]
    qtbot.mouseClick(gallery.viewport(), Qt.MouseButton.LeftButton,
                     pos=star_rect(sunset).center())
    assert stars == [(["sunset"], True)]
    qtbot.keyClick(gallery, Qt.Key.Key_Left)
    moved_to = panel.table.currentTask().local_id
    assert moved_to != "sunset", "arrows move in the grid"
    gallery.setFocus()
    qtbot.keyClick(gallery, Qt.Key.Key_S)
    assert stars[-1] == ([moved_to], True), "S stars the tile the cursor is on"
    qtbot.keyClick(gallery, Qt.Key.Key_Delete)
    assert dialog(panel).text().startswith("Remove “")
    dialog(panel).reject()

    qtbot.mouseClick(panel.tableViewButton, Qt.MouseButton.LeftButton)
    assert modes == [VIEW_GALLERY, VIEW_TABLE] and panel.table.isVisible()


def test_the_view_mode_given_at_start_is_shown(library):
    panel, _ = library
    panel.setViewMode(VIEW_GALLERY)
    assert panel.gallery.isVisible() and panel.galleryViewButton.isChecked()
    panel.setViewMode("something from a newer version")
    assert panel.table.isVisible() and panel.viewMode() == VIEW_TABLE


def test_a_tile_paints_its_star_and_shows_its_prompt_as_plain_text(library, qtbot):
    panel, service = library
    service.add(done("<b>bold</b> & <i>odd</i>", "markup", starred=True))
    panel.setViewMode(VIEW_GALLERY)
    gallery = panel.gallery
    index = gallery.model().index(gallery.model().row_of("markup"), 0)
    assert "&lt;b&gt;bold&lt;/b&gt;" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert has_gold_star(gallery, index), "a starred tile shows a gold star"
    plain = gallery.model().index(gallery.model().row_of("sunset"), 0)
    assert not has_gold_star(gallery, plain)


def has_gold_star(gallery, index) -> bool:
    tile = gallery.visualRect(index)
    picture = gallery.viewport().grab(tile).toImage()
    star = star_rect(tile).translated(-tile.topLeft())
    colours = [picture.pixelColor(x, y) for x in range(star.left(), star.right())
               for y in range(star.top(), star.bottom())]
    return any(abs(c.red() - 0xE0) < 40 and abs(c.green() - 0xA9) < 40 and c.blue() < 0x80
               for c in colours)
