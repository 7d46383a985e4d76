"""The preview panel: a video picture with compact controls, or a plain message in its place.

It only talks to the `Player` façade. A clip that can't be played, or a task that has no clip
yet, shows a sentence instead of a black box.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QStackedLayout,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...services.player import Player, url_for
from ..common.formatting import duration
from ..common.media_controls import SeekSlider, shortcut, tinted, tool_button

SEEK_MIN_WIDTH = 80
# Shown with self.tr(…); tests read them in English.
NOTHING_SELECTED = QT_TRANSLATE_NOOP("PlayerPanel", "Select a finished video to watch it here.")
OPEN_EXTERNALLY = QT_TRANSLATE_NOOP("PlayerPanel", "Open in system player")

_Icon = QStyle.StandardPixmap
_STYLE = """
QFrame#playerStage { background: #101214; }
QLabel#playerMessage { color: #e6e6e6; font-size: 11pt; }
"""


class PlayerPanel(QWidget):
    openExternallyRequested = Signal(str)   # after the panel has asked the system to open it
    messageActionRequested = Signal()       # the button under a message (showMessage's action)
    volumeChanged = Signal(float)           # by the user; restore with setVolume()
    mutedChanged = Signal(bool)             # by the user; restore with setMuted()
    useFrameRequested = Signal(int)         # ms into the clip: the frame on screen

    def __init__(self, player: Player, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("playerPanel")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)   # clicking the picture arms the keys
        self._player = player
        self._title = ""
        self._failed_source = ""
        self._duration = 0
        self._embedded = False   # whether leaving full screen puts the panel back in its parent

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._build_stage(), 1)
        layout.addLayout(self._build_controls())
        for key, slot in ((Qt.Key.Key_Space, self._player.toggle),
                          (Qt.Key.Key_Comma, lambda: self._player.stepFrames(-1)),
                          (Qt.Key.Key_Period, lambda: self._player.stepFrames(1)),
                          (Qt.Key.Key_F, self.toggleFullScreen)):
            shortcut(self, key, slot)
        # Esc belongs to the window unless we are full screen: enabled only then.
        self._leave = shortcut(self, Qt.Key.Key_Escape, lambda: self.setFullScreen(False))

        self._player.playingChanged.connect(self._show_playing)
        self._player.positionChanged.connect(self._show_position)
        self._player.durationChanged.connect(self._show_duration)
        self._player.failed.connect(self._show_failure)
        self.setVolume(self._player.volume())
        self.setMuted(self._player.isMuted())
        self._show_playing(False)
        self._show_full_screen(False)
        self.clear()

    def _build_stage(self) -> QFrame:
        self._video = QVideoWidget()
        self._video.setObjectName("videoWidget")
        self._video.installEventFilter(self)   # double-click: full screen
        self._player.setVideoOutput(self._video)
        self._message = QLabel()
        self._message.setObjectName("playerMessage")
        self._message.setTextFormat(Qt.TextFormat.PlainText)   # server text is never markup
        self._message.setWordWrap(True)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._external = QPushButton(self.tr(OPEN_EXTERNALLY))
        self._external.setObjectName("openExternallyButton")
        self._external.clicked.connect(self._open_externally)
        self._action = QPushButton()
        self._action.setObjectName("messageActionButton")
        self._action.clicked.connect(self.messageActionRequested)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(24, 16, 24, 16)
        column.addStretch(1)
        column.addWidget(self._message)
        column.addWidget(self._external, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self._action, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        stage = QFrame()
        stage.setObjectName("playerStage")
        stage.setStyleSheet(_STYLE)
        stage.setMinimumSize(240, 135)
        self._stack = QStackedLayout(stage)
        self._stack.addWidget(self._video)
        self._stack.addWidget(page)
        return stage

    def _build_controls(self) -> QHBoxLayout:
        self._play = tool_button("playButton", self._player.toggle)
        self._back = tool_button("frameBackButton", lambda: self._player.stepFrames(-1))
        self._look(self._back, _Icon.SP_MediaSkipBackward, self.tr("Previous frame"), ",")
        self._forward = tool_button("frameForwardButton", lambda: self._player.stepFrames(1))
        self._look(self._forward, _Icon.SP_MediaSkipForward, self.tr("Next frame"), ".")
        self._seek = SeekSlider(Qt.Orientation.Horizontal)
        self._seek.setObjectName("seekSlider")
        self._seek.setMinimumWidth(SEEK_MIN_WIDTH)  # squeezed, it would be a square
        self._seek.setToolTip(self.tr("Position in the clip"))
        self._seek.setAccessibleName(self.tr("Position in the clip"))
        self._seek.setAccessibleDescription(self.tr(
            "Left and right arrows move a little, Page Up and Page Down a tenth of the clip."))
        self._seek.actionTriggered.connect(lambda _: self._player.seek(self._seek.sliderPosition()))
        self._time = QLabel()
        self._time.setObjectName("timeLabel")
        self._time.setMinimumWidth(self._time.fontMetrics().horizontalAdvance("00:00 / 00:00"))
        self._time.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._loop = tool_button("loopButton", self._player.setLooping, checkable=True)
        # Takes are a few seconds long: comparing them is easier when they keep playing.
        self._loop.setChecked(True)
        self._look(self._loop, _Icon.SP_BrowserReload, self.tr("Loop"))
        self._loop.setToolTip(self.tr("Loop: play the clip again and again"))
        self._loop.setAccessibleDescription(self._loop.toolTip())
        self._mute = tool_button("muteButton", self._mute_toggled, checkable=True)
        self._volume = QSlider(Qt.Orientation.Horizontal)
        self._volume.setObjectName("volumeSlider")
        self._volume.setToolTip(self.tr("Volume"))
        self._volume.setAccessibleName(self.tr("Volume"))
        self._volume.setRange(0, 100)
        self._volume.setFixedWidth(56)
        self._volume.valueChanged.connect(self._volume_moved)
        self._full = tool_button("fullScreenButton", self.toggleFullScreen)
        # Not in the row of controls (it would widen the panel): whoever shows the panel puts
        # it where there is room, such as the panel's title.
        self.useFrameButton = tool_button("useFrameButton", self._use_this_frame)
        self.useFrameButton.setText(self.tr("Use this frame"))
        self.useFrameButton.setAccessibleName(self.tr("Use this frame for the next shot"))
        self.useFrameButton.setToolTip(self.tr(
            "Start the next shot from the frame on screen: it becomes the first frame of a new "
            "image → video."))
        # Loop, mute and volume are preferences: they stay usable with no clip shown.
        self._controls = [self._play, self._back, self._forward, self._seek, self._time,
                          self.useFrameButton]
        row = QHBoxLayout()
        row.setContentsMargins(2, 0, 2, 0)
        row.setSpacing(2)
        for widget in (*self._controls[:-1], self._loop, self._mute, self._volume, self._full):
            row.addWidget(widget, 1 if widget is self._seek else 0)
        return row

    # --- what to show --------------------------------------------------------------------
    def showClip(self, title: str, source: str) -> None:
        """Play a local file or an http(s) link from the start, with the remembered volume."""
        self._title = title
        self._failed_source = ""
        self._show_duration(0)
        self._stack.setCurrentWidget(self._video)
        self._set_controls_enabled(True)
        self._player.open(source)
        self._player.play()

    def showMessage(self, text: str, action: str = "", action_tip: str = "") -> None:
        """Stop playback and say something instead, e.g. "Generating… 0:42", with a button
        under it when `action` names one (`messageActionRequested`)."""
        self._player.close()
        self._failed_source = ""
        self._show_text(text, offer_external=False, action=action, action_tip=action_tip)

    def clear(self) -> None:
        self.showMessage(self.tr(NOTHING_SELECTED))

    def shutdown(self) -> None:
        self.setFullScreen(False)
        self._player.close()

    def togglePlayback(self) -> None:
        """Space from elsewhere (the table): the clip shown plays or pauses."""
        if self._stack.currentWidget() is self._video:
            self._player.toggle()

    # --- remembered settings -------------------------------------------------------------
    def setVolume(self, volume: float) -> None:
        with QSignalBlocker(self._volume):
            self._volume.setValue(round(volume * 100))
        self._player.setVolume(volume)

    def setMuted(self, muted: bool) -> None:
        with QSignalBlocker(self._mute):
            self._mute.setChecked(muted)
        self._show_muted(muted)
        self._player.setMuted(muted)

    # --- full screen ---------------------------------------------------------------------
    def toggleFullScreen(self) -> None:
        self.setFullScreen(not self.isFullScreen())

    def setFullScreen(self, full: bool) -> None:
        """The whole panel goes full screen, so the controls and keys come along."""
        if full == self.isFullScreen():
            return
        if full:
            self._embedded = self.parentWidget() is not None
            self.setWindowFlag(Qt.WindowType.Window, True)
            self.setWindowTitle(self._title or "Hailuo Desktop")
            self.showFullScreen()
        else:
            self.setWindowState(Qt.WindowState.WindowNoState)
            if self._embedded:
                self.setWindowFlag(Qt.WindowType.Window, False)   # back into its layout slot
            self.show()
        self._show_full_screen(full)

    # --- internals -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._video and event.type() == QEvent.Type.MouseButtonDblClick:
            self.toggleFullScreen()
            return True
        return super().eventFilter(watched, event)

    def _look(self, button: QToolButton, icon: QStyle.StandardPixmap, name: str,
              key: str = "") -> None:
        """An icon button's picture, and the words for it: a screen reader's name, and a
        tooltip that adds the key."""
        button.setIcon(tinted(self.style().standardIcon(icon),
                               self.palette().color(QPalette.ColorRole.ButtonText)))
        button.setAccessibleName(name)
        button.setToolTip(self.tr("{name} ({key})").format(name=name, key=key) if key else name)

    def _show_text(self, text: str, *, offer_external: bool, action: str = "",
                   action_tip: str = "") -> None:
        self._message.setText(text)
        self._external.setVisible(offer_external)
        self._action.setText(action)
        self._action.setToolTip(action_tip)
        self._action.setAccessibleDescription(action_tip)
        self._action.setVisible(bool(action))
        self._stack.setCurrentIndex(1)
        self._set_controls_enabled(False)
        self._show_duration(0)

    def _set_controls_enabled(self, enabled: bool) -> None:
        for widget in self._controls:
            widget.setEnabled(enabled)

    def _show_failure(self, sentence: str) -> None:
        source = self._player.source()
        self._player.close()
        self._failed_source = source
        self._show_text(sentence, offer_external=bool(source))

    def _open_externally(self) -> None:
        if self._failed_source:
            QDesktopServices.openUrl(url_for(self._failed_source))
            self.openExternallyRequested.emit(self._failed_source)

    def _show_playing(self, playing: bool) -> None:
        self._look(self._play, _Icon.SP_MediaPause if playing else _Icon.SP_MediaPlay,
                   self.tr("Pause") if playing else self.tr("Play"), self.tr("Space"))

    def _show_full_screen(self, full: bool) -> None:
        self._leave.setEnabled(full)
        if full:
            self._look(self._full, _Icon.SP_TitleBarNormalButton, self.tr("Leave full screen"),
                       self.tr("F or Esc"))
        else:
            self._look(self._full, _Icon.SP_TitleBarMaxButton, self.tr("Full screen"), "F")

    def _show_muted(self, muted: bool) -> None:
        self._look(self._mute, _Icon.SP_MediaVolumeMuted if muted else _Icon.SP_MediaVolume,
                   self.tr("Unmute") if muted else self.tr("Mute"))

    def _show_position(self, ms: int) -> None:
        if not self._seek.isSliderDown():
            with QSignalBlocker(self._seek):
                self._seek.setValue(ms)
        self._time.setText(f"{duration(ms / 1000)} / {duration(self._duration / 1000)}")

    def _show_duration(self, ms: int) -> None:
        self._duration = ms
        self._seek.setRange(0, ms)
        self._seek.setPageStep(max(1000, ms // 10))
        self._show_position(0 if ms == 0 else self._seek.value())

    def _use_this_frame(self) -> None:
        self._player.pause()  # the frame taken is the one that stays on screen
        self.useFrameRequested.emit(self._player.position())

    def _mute_toggled(self, muted: bool) -> None:
        self._show_muted(muted)
        self._player.setMuted(muted)
        self.mutedChanged.emit(muted)

    def _volume_moved(self, value: int) -> None:
        self._player.setVolume(value / 100)
        self.volumeChanged.emit(value / 100)
