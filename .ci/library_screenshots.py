"""Takes the README's library screenshots: the gallery, a compare of three takes and a filtered
list — the real app on a virtual X screen against the simulator.

Run with `make screenshots` (it starts Xvfb). `library_screenshots.py [dark] [small]`: `dark`
forces the dark scheme, `small` uses a 1024×600 window. Those variants, and a few more states
worth a look (an accent-free search, a search that finds nothing), go to a folder in the
system's temporary directory instead of the README's.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

from shots import OUT, TOKEN, fresh_profile, run, until

LOOK = Path(tempfile.gettempdir()) / "hailuo-library-shots"
PROMPTS = [
    ("minimax-t2v", "A golden sunset over the ocean waves, slow dolly forward", 1, {}),
    ("minimax-t2v", "Café terrace at dusk, crème brûlée on the table, warm light", 1, {}),
    ("minimax-t2v", "A fox running through a snowy forest at first light", 1, {}),
    ("minimax-t2v", "A neon city street in the rain at night", 1, {"fail_tasks": 1}),
    ("minimax-t2v", "A lighthouse as the storm rolls in, waves crash on the rocks", 3, {}),
]


async def make(app) -> None:
    from PySide6.QtMultimediaWidgets import QVideoWidget
    from PySide6.QtWidgets import QWidget

    from hailuo_desktop.app import App, create_window
    from hailuo_desktop.domain.task import GenerationRequest
    from hailuo_desktop.simulator import Simulator
    from hailuo_desktop.ui.library.task_table_model import Column

    small = "small" in sys.argv[1:]
    suffix = ("-dark" if "dark" in sys.argv[1:] else "") + ("-small" if small else "")
    LOOK.mkdir(exist_ok=True)
    sim = Simulator(token=TOKEN, generation_seconds=1.0).start()
    os.environ["ACEDATACLOUD_API_BASE_URL"] = sim.base_url
    os.environ["ACEDATACLOUD_API_TOKEN"] = TOKEN
    window = create_window()
    window.resize(1024, 600) if small else window.resize(1360, 860)
    window.show()
    library = window.library
    service = window.findChild(App).sessions.current.service
    model = window.table.model()

    async def send(model_id: str, prompt: str, count: int, faults: dict) -> None:
        sim.faults.update(faults)
        before = model.totalCount()
        service.submit(GenerationRequest(model_id, prompt), count)
        await until(lambda: model.totalCount() == before + count
                    and not service.is_submitting(), what="the new rows")
        sim.faults.reset()

    await until(lambda: window.table.model() is not model or service.count() == 0)
    for model_id, prompt, count, faults in PROMPTS:
        await send(model_id, prompt, count, faults)
    await until(lambda: sum(model.index(r, Column.FILE).data() == "Saved"
                            for r in range(model.rowCount())) == 6, 30, "six saved clips")
    await until(lambda: all(model.task(r).poster_path for r in range(model.rowCount())
                            if model.task(r).state.value == "succeeded"), 30, "the posters")
    sim.generation_seconds = 3600
    await send("minimax-t2v", "Paper boats racing down a gutter stream after the rain", 1, {})

    lighthouse = [model.task(r) for r in range(model.rowCount())
                  if model.task(r).request.prompt.startswith("A lighthouse")]
    library.starRequested.emit([lighthouse[1].local_id], True)
    await until(lambda: any(model.task(r).starred for r in range(model.rowCount())))
    screen = app.primaryScreen()

    def grab(widget: QWidget, name: str, for_readme: bool = True) -> None:
        folder = OUT if for_readme and not suffix else LOOK
        screen.grabWindow(0).copy(widget.frameGeometry()).save(str(folder / f"{name}{suffix}.png"))

    # The gallery, with the second take selected.
    library.galleryViewButton.click()
    window.table.selectRow(model.row_of(lighthouse[1].local_id))
    await asyncio.sleep(1.5)  # the posters paint, the preview plays on
    grab(window, "gallery")

    # Three takes side by side.
    library.selectTakes()
    library.compareButton.click()
    compare = window.findChild(QWidget, "compareWindow")
    await until(lambda: all(pane.video.videoSink().videoFrame().isValid()
                            for pane in compare.panes), what="a frame in every clip")
    await asyncio.sleep(1.3)
    grab(compare, "compare")
    compare.close()

    # A filtered list: a word typed without its accents, and done ones only.
    library.tableViewButton.click()
    library.filters.searchEdit.setText("creme")
    await asyncio.sleep(0.3)
    grab(window, "filtered-accent", for_readme=False)
    library.filters.searchEdit.setText("lighthouse")
    library.filters.statusCombo.setCurrentIndex(library.filters.statusCombo.findText("Done"))
    window.table.selectRow(0)
    await until(lambda: window.player.findChild(QVideoWidget, "videoWidget").videoSink()
                .videoFrame().isValid(), what="a video frame")
    await asyncio.sleep(1.0)
    grab(window, "filtered")
    library.filters.dateCombo.setCurrentIndex(library.filters.dateCombo.findText("Today"))
    library.filters.searchEdit.setText("lighthouse at noon")
    await asyncio.sleep(0.3)
    grab(window, "filtered-nothing", for_readme=False)
    print(f"wrote library screenshots to {OUT} and {LOOK}")

    closed = asyncio.Event()
    window.shutdownFinished.connect(closed.set)
    window.close()
    await closed.wait()
    sim.stop()


def main() -> int:
    fresh_profile()
    return run(make, dark="dark" in sys.argv[1:])

if __name__ == "__main__":
    sys.exit(main())
