"""Watch and keep, end to end: three clips are made, saved with sidecars, played in the app, and
can be dragged out as files."""

from __future__ import annotations

import json

from e2e_helpers import generate, rows, wait_states
from PySide6.QtCore import Qt
from PySide6.QtMultimediaWidgets import QVideoWidget

from hailuo_desktop.domain.task import DownloadState
from hailuo_desktop.ui.library.task_table_model import Column


def saved_tasks(window):
    model = window.table.model()
    tasks = [model.task(r) for r in range(model.rowCount())]
    return [t for t in tasks if t.download_state is DownloadState.SAVED]


def frame_colour(window):
    frame = window.player.findChild(QVideoWidget, "videoWidget").videoSink().videoFrame()
    if not frame.isValid():
        return None
    image = frame.toImage()
    return image.pixelColor(image.width() // 2, image.height() // 3).name()


def test_three_clips_are_saved_played_and_draggable(connect, open_app, qtbot, isolated_profile):
    window = open_app()
    prompts = ["golden sunset over waves", "../../etc/passwd", "golden sunset over waves"]
    for prompt in prompts:
        generate(qtbot, window, prompt)
    wait_states(qtbot, window, ["succeeded"] * 3)
    qtbot.waitUntil(lambda: len(saved_tasks(window)) == 3, timeout=20000)

    library = isolated_profile / "library"
    videos = sorted(library.glob("*.mp4"))
    assert len(videos) == 3 and not list(library.glob("*.part"))
    for task in saved_tasks(window):
        path = library / task.file_path.rsplit("/", 1)[-1]
        assert path.read_bytes() == connect.video_bytes(task.task_id)
        sidecar = json.loads(path.with_suffix(".json").read_text())
        assert sidecar["task_id"] == task.task_id and sidecar["prompt"] == task.request.prompt
        assert sidecar["video_url"] == task.video_url
    assert all(v.parent == library and ".." not in v.name for v in videos)

    colours = []
    for row in range(3):
        window.table.selectRow(row)
        task = window.table.currentTask()
        qtbot.waitUntil(lambda: frame_colour(window) is not None, timeout=10000)
        previous = colours[-1] if colours else None
        qtbot.waitUntil(lambda previous=previous: frame_colour(window) != previous,
                        timeout=10000)
        colours.append(frame_colour(window))
        assert window.player.isVisible() and task.file_path
    assert len(set(colours)) == 3, "each row plays its own clip"

    model = window.table.model()
    index = model.index(0, Column.PROMPT)
    assert model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
    dragged = model.mimeData([index])
    assert [url.toLocalFile() for url in dragged.urls()] == [model.task(0).file_path]


def test_an_unfinished_row_shows_its_state_instead_of_a_black_box(connect, open_app, qtbot):
    connect.generation_seconds = 3600
    window = open_app()
    generate(qtbot, window, "still cooking")
    qtbot.waitUntil(lambda: [s for s, _ in rows(window)] in (["pending"], ["processing"]),
                    timeout=5000)
    window.table.selectRow(0)
    from PySide6.QtWidgets import QLabel

    texts = [label.text() for label in window.player.findChildren(QLabel)
             if label.isVisible()]
    assert any("plays here as soon as it is ready" in text for text in texts)


def test_an_expired_link_is_a_row_state_with_a_retry(connect, open_app, qtbot):
    connect.faults.expire_links = True
    window = open_app()
    generate(qtbot, window, "gone too soon")
    wait_states(qtbot, window, ["succeeded"])
    model = window.table.model()
    qtbot.waitUntil(lambda: model.index(0, Column.FILE).data() == "Link expired",
                    timeout=10000)
    tip = model.index(0, Column.FILE).data(Qt.ItemDataRole.ToolTipRole)
    assert "expired" in tip.lower() or "no longer" in tip.lower()

    connect.faults.expire_links = False
    window.table.saveToLibraryRequested.emit(window.table.model().task(0))
    qtbot.waitUntil(lambda: model.index(0, Column.FILE).data() == "Saved", timeout=10000)
