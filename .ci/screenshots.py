"""Takes the README's screenshots: the real app, on a virtual X screen, against the simulator.

Run with `make screenshots` (it starts Xvfb at the sizes and scales the README shows). The
window is placed by `create_window()` as on any screen of that size, and filled the way a user
would fill it, with a mix of finished, running, failed and unconfirmed tasks.

`screenshots.py [dark] [keyboard] [zh] [NAME]`: `dark` forces the dark scheme; `zh` speaks
Simplified Chinese (prompts too, and the dialogs are taken as well); `keyboard` walks to
the table with Tab and down the rows with the arrow keys before the picture is taken; NAME
(default `main-window`) names the picture, and any NAME but the default grabs the whole screen
(to show the window fits it) and skips the dialogs.
"""

from __future__ import annotations

import asyncio
import os
import sys

from shots import OUT, TOKEN, fresh_profile, run, until

OPTIONS = ("dark", "keyboard", "zh")
CHINESE = "zh" in sys.argv[1:]
PROMPTS = {
    "sunset": ("A golden sunset over the ocean waves, slow dolly forward",
               "金色的夕阳洒在海浪上，镜头缓缓推进"),
    "meadow": ("Gentle wind blows through the meadow, petals drift", "微风拂过草地，花瓣飘落"),
    "neon": ("A neon city street in the rain <b>at night</b>",
             "雨夜里霓虹闪烁的城市街道 <b>夜景</b>"),
    "boats": ("Paper boats racing down a gutter stream", "纸船顺着水沟里的溪流竞相漂下"),
    "lighthouse": ("[Push in] a lighthouse as the storm rolls in",
                   "[Push in] 暴风雨来临时的灯塔"),
    "hummingbird": ("A hummingbird hovering over a red flower, macro, [Pan left]",
                    "蜂鸟悬停在红花上方，微距，[Pan left]"),
}


def prompt(name: str) -> str:
    return PROMPTS[name][1 if CHINESE else 0]


async def make(app) -> None:
    from PySide6.QtMultimediaWidgets import QVideoWidget
    from PySide6.QtWidgets import QDialog, QLineEdit

    from hailuo_desktop.app import create_window
    from hailuo_desktop.domain.task import DownloadState
    from hailuo_desktop.simulator import Simulator
    from hailuo_desktop.ui.library.task_table_model import STATE_ROLE

    sim = Simulator(token=TOKEN, generation_seconds=1.0).start()
    sim.faults.service_status = "operational"
    os.environ["ACEDATACLOUD_API_BASE_URL"] = sim.base_url
    os.environ["ACEDATACLOUD_API_TOKEN"] = TOKEN
    # The platform (balance, prices, costs) and the status page are the simulator's too.
    os.environ["PLATFORM_API_BASE_URL"] = sim.base_url
    os.environ["ACEDATACLOUD_PLATFORM_TOKEN"] = sim.platform_token
    os.environ["HAILUO_DESKTOP_STATUS_URL"] = f"{sim.base_url}/data/status_1.json"
    window = create_window()
    window.show()
    form = window.form
    frame_edit = window.findChild(QLineEdit, "firstFrameEdit")

    def states():
        model = window.table.model()
        return [model.index(r, 0).data(STATE_ROLE) for r in range(model.rowCount())]

    async def generate(model_id, prompt, frame="", **faults):
        sim.faults.update(faults)
        form.modelCombo.setCurrentIndex(form.modelCombo.findData(model_id))
        form.promptEdit.setPlainText(prompt)
        frame_edit.setText(frame)
        count = len(states())
        await until(form.generateButton.isEnabled)
        form.generateButton.click()
        await until(lambda: len(states()) == count + 1 and form.generateButton.isEnabled(),
                    what=f"a new row for {prompt!r} ({form.messageLabel.text()})")
        sim.faults.reset()

    await generate("minimax-t2v", prompt("sunset"))
    await generate("minimax-i2v", prompt("meadow"),
                   sim.sample_image_urls[0])
    await generate("minimax-t2v", prompt("neon"),
                   fail_tasks=1)
    known = set(sim.tasks)
    await generate("minimax-t2v", prompt("boats"), drop=1)
    # The answer was lost and, here, so is the task: the row stays Unconfirmed to be seen.
    for lost in set(sim.tasks) - known:
        sim.store.delete(lost)
    await until(lambda: states().count("succeeded") == 2 and "failed" in states(),
                what="two done and one failed")
    sim.generation_seconds = 3600
    await generate("minimax-i2v-director", prompt("lighthouse"),
                   sim.sample_image_urls[1])
    form.promptEdit.setPlainText(prompt("hummingbird"))
    form.modelCombo.setCurrentIndex(form.modelCombo.findData("minimax-i2v-director"))
    frame_edit.setText(sim.sample_image_urls[1])
    await until(lambda: "px" in window.findChild(object, "firstFrameInfo").text(),
                what="the first-frame thumbnail")
    model = window.table.model()
    await until(lambda: sum(model.task(r).download_state is DownloadState.SAVED
                            for r in range(model.rowCount())) >= 2, what="two saved clips")
    window.table.selectRow(states().index("succeeded"))
    sink = window.player.findChild(QVideoWidget, "videoWidget").videoSink()
    await until(lambda: sink.videoFrame().isValid(), what="a video frame")
    if "keyboard" in sys.argv[1:]:
        await walk_to_the_table(window)
    await asyncio.sleep(1.2)  # let the clip play on, the clocks tick and the posters paint
    screen = app.primaryScreen()
    suffix = "-dark" if "dark" in sys.argv[1:] else "-zh" if CHINESE else ""
    names = [word for word in sys.argv[1:] if word not in OPTIONS]
    if names:
        screen.grabWindow(0).save(str(OUT / f"{names[0]}{suffix}.png"))
    else:
        screen.grabWindow(0).copy(window.frameGeometry()).save(
            str(OUT / f"main-window{suffix}.png"))
    if suffix in ("", "-zh") and not names:  # the dialogs, one at a time (no window manager
        for name, ask, object_name in (                # keeps them apart)
                (f"settings{suffix}.png", window.settingsRequested, "settingsDialog"),
                (f"welcome{suffix}.png", window.tokenRequested, "welcomeDialog")):
            ask.emit()
            await asyncio.sleep(0.5)
            dialog = window.findChild(QDialog, object_name)
            screen.grabWindow(0).copy(dialog.frameGeometry()).save(str(OUT / name))
            dialog.reject()
            await asyncio.sleep(0.2)
    print(f"wrote screenshots to {OUT}")

    closed = asyncio.Event()
    window.shutdownFinished.connect(closed.set)
    window.close()
    await closed.wait()
    sim.stop()


async def walk_to_the_table(window) -> None:
    """As a keyboard user: Tab from the prompt until the table has the focus, then down."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.activateWindow()
    window.form.promptEdit.setFocus()
    for _ in range(30):
        if window.table.hasFocus():
            break
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        await asyncio.sleep(0.05)
    else:
        raise TimeoutError("Tab never reached the table")
    for key in (Qt.Key.Key_Home, Qt.Key.Key_Down, Qt.Key.Key_Down):
        QTest.keyClick(window.table, key)
        await asyncio.sleep(0.2)


def main() -> int:
    """`screenshots.py [dark] [keyboard] [zh] [NAME]`: see the top of this file."""
    fresh_profile(language="zh_CN" if CHINESE else "en")
    return run(make, dark="dark" in sys.argv[1:])

if __name__ == "__main__":
    sys.exit(main())
