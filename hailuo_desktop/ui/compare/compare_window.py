"""Two to four finished clips side by side, playing in step under one set of controls, with a
star under each so the keeper can be marked right there.

It only talks to the `SyncedPlayers` façade; Space plays and pauses, `,` and `.` step one
frame in every clip at once, Esc closes.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.models import model_by_id
from ...domain.task import Task
from ...services.synced_players import SyncedPlayers
from ..common.elided_label import ElidedLabel
from ..common.formatting import duration, one_line
from ..common.media_controls import SeekSlider, shortcut, tinted, tool_button
from ..player.clip_preview import clip_source
from .choice import COMPARE_WINDOW, MOST

_Icon = QStyle.StandardPixmap
_STYLE = """
QVideoWidget { background: #101214; }
QLabel[role="problem"] { color: #e6e6e6; background: #101214; padding: 12px; }
QPushButton:checked { color: #e0a92b; font-weight: 600; }
"""


class _Pane(QWidget):
    """One clip: its picture, what it is, and its star."""

    starToggled = Signal(str, bool)   # local id, starred

    def __init__(self, number: int, task: Task, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.task = task
        self.video = QVideoWidget()
        self.video.setObjectName(f"compareVideo{number}")
        self.video.setMinimumSize(QSize(200, 112))
        self.video.setAccessibleName(self.tr("Clip {number}").format(number=number))
        self._problem = QLabel()
        self._problem.setProperty("role", "problem")
        self._problem.setTextFormat(Qt.TextFormat.PlainText)
        self._problem.setWordWrap(True)
        self._problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._problem.hide()
        self._caption = ElidedLabel(caption)
        self._caption.setObjectName(f"compareCaption{number}")
        self.star = QPushButton()
        self.star.setObjectName(f"compareStarButton{number}")
        self.star.setCheckable(True)
        self.star.setAccessibleDescription(self.tr("Mark this take as the keeper."))
        self.star.toggled.connect(lambda on: self.starToggled.emit(self.task.local_id, on))
        row = QHBoxLayout()
        row.addWidget(self._caption, 1)
        row.addWidget(self.star)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.video, 1)
        layout.addWidget(self._problem, 1)
        layout.addLayout(row)
        self.showStar(task.starred)

    def showStar(self, starred: bool) -> None:
        with QSignalBlocker(self.star):
            self.star.setChecked(starred)
        self.star.setText(self.tr("★ Keeper") if starred else self.tr("☆ Star"))
        self.star.setAccessibleName(self.tr("Starred") if starred else self.tr("Star"))

    def showProblem(self, sentence: str) -> None:
        self.video.hide()
        self._problem.setText(sentence)
        self._problem.show()


class CompareWindow(QWidget):
    starRequested = Signal(list, bool)   # [local id], starred

    def __init__(self, players: SyncedPlayers, tasks: list[Task],
                 leads: list[str], parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName(COMPARE_WINDOW)
        self.setWindowTitle(self.tr("Compare clips — Hailuo Desktop"))
        self.setStyleSheet(_STYLE)
        self.players = players
        players.setParent(self)
        self._length = 0
        self.panes = [_Pane(n, task, caption_for(task, lead))
                      for n, (task, lead) in enumerate(zip(tasks, leads, strict=True), 1)]
        grid = QGridLayout()
        columns = 2 if len(self.panes) == MOST else len(self.panes)
        for number, pane in enumerate(self.panes):
            grid.addWidget(pane, number // columns, number % columns)
            pane.starToggled.connect(lambda local_id, on: self.starRequested.emit([local_id], on))
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addLayout(self._build_controls())
        for key, slot in ((Qt.Key.Key_Space, players.toggle),
                          (Qt.Key.Key_Comma, lambda: players.stepFrames(-1)),
                          (Qt.Key.Key_Period, lambda: players.stepFrames(1)),
                          (Qt.Key.Key_Escape, self.close)):
            shortcut(self, key, slot)
        players.playingChanged.connect(self._show_playing)
        players.positionChanged.connect(self._show_position)
        players.durationChanged.connect(self._show_duration)
        players.failed.connect(lambda index, sentence: self.panes[index].showProblem(sentence))
        players.ready.connect(players.play)
        self._show_playing(False)
        players.open([clip_source(task) or "" for task in tasks],
                     [pane.video for pane in self.panes])

    def _build_controls(self) -> QHBoxLayout:
        players = self.players
        self.playButton = tool_button("comparePlayButton", players.toggle)
        self.backButton = tool_button("compareFrameBackButton", lambda: players.stepFrames(-1))
        self._look(self.backButton, _Icon.SP_MediaSkipBackward, self.tr("Previous frame (,)"))
        self.forwardButton = tool_button("compareFrameForwardButton",
                                         lambda: players.stepFrames(1))
        self._look(self.forwardButton, _Icon.SP_MediaSkipForward, self.tr("Next frame (.)"))
        self.seekSlider = SeekSlider(Qt.Orientation.Horizontal)
        self.seekSlider.setObjectName("compareSeekSlider")
        self.seekSlider.setAccessibleName(self.tr("Position in every clip"))
        self.seekSlider.setToolTip(self.tr("Position in every clip"))
        self.seekSlider.actionTriggered.connect(
            lambda _: players.seek(self.seekSlider.sliderPosition()))
        self.timeLabel = QLabel()
        self.timeLabel.setObjectName("compareTimeLabel")
        self.timeLabel.setMinimumWidth(
            self.timeLabel.fontMetrics().horizontalAdvance("00:00 / 00:00"))
        self.loopButton = tool_button("compareLoopButton", players.setLooping, checkable=True)
        self.loopButton.setChecked(True)
        self._look(self.loopButton, _Icon.SP_BrowserReload,
                   self.tr("Loop: play the clips again and again"))
        row = QHBoxLayout()
        for widget in (self.playButton, self.backButton, self.forwardButton, self.seekSlider,
                       self.timeLabel, self.loopButton):
            row.addWidget(widget, 1 if widget is self.seekSlider else 0)
        return row

    def sizeHint(self) -> QSize:
        """Room for 16:9 pictures about 420 pixels wide, within the screen."""
        columns = 2 if len(self.panes) == MOST else len(self.panes)
        rows = 2 if len(self.panes) == MOST else 1
        # Not self.screen(): PySide ties that QScreen to this window and voids it when it closes.
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() * 0.92
        return QSize(min(room.width(), 40 + columns * 440),
                     min(room.height(), 70 + rows * 290))

    def updateTask(self, task: Task) -> None:
        """A compared task has news: its star may have changed elsewhere."""
        for pane in self.panes:
            if pane.task.local_id == task.local_id:
                pane.task = task
                pane.showStar(task.starred)

    def closeEvent(self, event) -> None:
        self.players.close()
        super().closeEvent(event)

    def _look(self, button: QToolButton, icon: QStyle.StandardPixmap, tip: str) -> None:
        button.setIcon(tinted(self.style().standardIcon(icon),
                              self.palette().color(QPalette.ColorRole.ButtonText)))
        button.setToolTip(tip)
        button.setAccessibleName(tip)

    def _show_playing(self, playing: bool) -> None:
        self._look(self.playButton, _Icon.SP_MediaPause if playing else _Icon.SP_MediaPlay,
                   self.tr("Pause all (Space)") if playing else self.tr("Play all (Space)"))

    def _show_position(self, ms: int) -> None:
        if not self.seekSlider.isSliderDown():
            with QSignalBlocker(self.seekSlider):
                self.seekSlider.setValue(ms)
        self.timeLabel.setText(f"{duration(ms / 1000)} / {duration(self._length / 1000)}")

    def _show_duration(self, ms: int) -> None:
        self._length = ms
        self.seekSlider.setRange(0, ms)
        self.seekSlider.setPageStep(max(1000, ms // 10))
        self._show_position(self.players.position())


def caption_for(task: Task, lead: str) -> str:
    """"Take 2 of 3 · Text → Video · a lighthouse as the storm…", shortened to one line;
    `lead` says where the clip stands ("Take 2 of 3", "Shot 1 of 3", or nothing)."""
    parts = [lead, model_by_id(task.request.model).label,
             one_line(task.request.prompt, 60)]
    return " · ".join(part for part in parts if part)
