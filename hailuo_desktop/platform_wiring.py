"""The composition root's part for AceData's platform and the next shot: a session's uploads,
prices, balance, status and costs meet the form, the badges, the details and the Spend view
here; so do "Continue from last frame", "Use this frame" and "Copy as curl". The app builds
one of these and asks it for each session's links (`bind`)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

from .domain.balance import Balance
from .domain.curl import curl_command
from .domain.models import model_by_id
from .domain.picture_rules import PastedPicture
from .domain.service_health import ServiceHealth, describe
from .domain.spend import spend_tasks
from .domain.task import DownloadState, GenerationRequest, Task, TaskState
from .services import files
from .services.frames import FrameGrabError, frame_file_name, grab_frame
from .services.jobs import Jobs
from .session import Session, Sessions
from .ui.common.formatting import local_time, one_line
from .ui.compose.generate_form import GenerateForm
from .ui.main_window import MainWindow

if TYPE_CHECKING:  # loaded when the Spend view is first opened, not at start-up
    from .ui.account.spend_view import SpendSummary, SpendView

SPEND_DELAY_MS = 1500           # tasks ending together make one look at the spend log
SPEND_REFRESH_DAYS = 30         # older charges are known already, or will not be found


class PlatformWiring(QObject):
    def __init__(self, window: MainWindow, form: GenerateForm, sessions: Sessions,
                 with_callback: Callable[[GenerationRequest], GenerationRequest],
                 parent: QObject):
        super().__init__(parent)
        self._window, self._form, self._sessions = window, form, sessions
        self._with_callback = with_callback  # the exact body sent: the webhook is in it
        self._jobs = Jobs("frames and exports")
        self._spend_timer = QTimer(self, singleShot=True, interval=SPEND_DELAY_MS)
        self._spend_timer.timeout.connect(lambda: None)
        self._spend_note = ""  # why some costs are not known, from the last look
        self._spend_view: SpendView | None = None
        window.spendRequested.connect(self._open_spend)
        window.continueRequested.connect(self._continue)

    def bind(self, session: Session) -> list[tuple]:
        """Show a (new) session's platform: the (signal, slot) pairs to connect for it."""
        platform, form, window = session.platform, self._form, self._window
        form.gate.newSession()
        form.gate.setPriceOf(lambda request, takes: platform.pricing.price_for(
            self._with_callback(request).body(), takes))
        form.refreshPrice()
        form.firstFrame.setUploader(platform.uploads)
        window.serviceStatusLabel.showHealth(None)
        self._show_balance(None, "")
        self._spend_note = ""
        self._spend_timer.timeout.disconnect()
        self._spend_timer.timeout.connect(lambda: platform.spend.refresh(spend_tasks(
            session.service.tasks(), time.time() - SPEND_REFRESH_DAYS * 86400)))
        window.details.setContext(
            cost=lambda task: self._cost_of(session, task),
            origin=lambda local_id: self._origin_of(session, local_id),
            status=lambda: describe(platform.status.health()))
        return [
            (platform.pricing.rulesChanged, form.refreshPrice),
            (platform.balance.balanceChanged, self._show_balance),
            (platform.status.healthChanged, self._show_health),
            (platform.spend.spendChanged, self._on_spend_changed),
            (session.service.taskFinished, self._after_task),
            (session.service.tasksAdded, lambda *_: self._spend_timer.start()),
            (window.table.copyCurlRequested, self._copy_curl),
        ]

    def platformTokenChanged(self, token: str | None) -> None:
        session = self._sessions.current
        if session is None or session.demo:
            return  # the demo runs on the simulator's own platform token
        session.platform.set_token(token)
        self._show_balance(None, "")
        self._spend_timer.start()
        if token:
            self._form.firstFrame.retryUpload()

    async def shutdown(self) -> None:
        await self._jobs.cancel()

    # --- the next shot, and the request as curl ------------------------------------------
    def _continue(self, task: Task, at_seconds: float | None) -> None:
        """The next shot starts on a frame of this clip: its last one, or the one shown."""
        if task.download_state is not DownloadState.SAVED or not task.file_path:
            self._window.showStatus(self.tr("This clip is not saved on this computer yet: its "
                                            "frames come from the file. Try again once it is "
                                            "saved."))
            return
        self._window.showStatus(self.tr("Taking the last frame of the clip…")
                                if at_seconds is None else self.tr("Taking the frame on screen…"))
        self._jobs.spawn(self._take_frame(task, Path(task.file_path), at_seconds))

    async def _take_frame(self, task: Task, clip: Path, at_seconds: float | None) -> None:
        try:
            png = await grab_frame(clip, at_seconds)
        except FrameGrabError as exc:
            self._window.showStatus(str(exc))
            return
        frame = PastedPicture(png, frame_file_name(clip, at_seconds))
        self._window.showStatus("")  # taken: the form shows it from here
        self._form.continueFrom(task.request, frame, task.local_id)

    def _copy_curl(self, task: Task) -> None:
        session = self._sessions.current
        if session is None:
            return
        QGuiApplication.clipboard().setText(
            curl_command(session.connection.base_url, task.request.body()))
        self._window.showStatus(self.tr("Copied the request as a curl command; it reads your "
                                        "token from $ACEDATACLOUD_API_TOKEN."))

    # --- balance, status, costs ----------------------------------------------------------
    def _show_balance(self, balance: Balance | None, sentence: str) -> None:
        session = self._sessions.current
        has_token = session is not None and session.platform.client.has_token
        self._window.balanceLabel.showBalance(balance, sentence, has_token)
        self._form.gate.setBalance(balance)

    def _show_health(self, health: ServiceHealth) -> None:
        self._window.serviceStatusLabel.showHealth(health)
        self._form.gate.setHealth(health)

    def _after_task(self, task: Task) -> None:
        session = self._sessions.current
        if session is None:
            return
        session.platform.balance.refreshSoon()
        self._spend_timer.start()
        # Until the balance is read again, the next press says so first. Without a platform
        # token no balance would ever follow: the failed row already says to top up.
        if task.error_code == "used_up" and session.platform.client.has_token:
            self._form.gate.noteUsedUp()

    def _cost_of(self, session: Session, task: Task) -> str:
        if not task.task_id or task.state not in (TaskState.SUCCEEDED, TaskState.FAILED):
            return ""
        if not session.platform.client.has_token:
            return self.tr("add a platform token to see it")
        return session.platform.spend.cost_text(task.trace_id)

    def _origin_of(self, session: Session, local_id: str) -> str:
        source = session.service.find(local_id)
        if source is None:
            return ""
        if source.file_path:
            return self.tr("{name}, made {time}").format(name=Path(source.file_path).name,
                                                          time=local_time(source.created_at))
        return self.tr("“{prompt}”, made {time}").format(
            prompt=one_line(source.request.prompt, 60), time=local_time(source.created_at))

    def _on_spend_changed(self, sentence: str) -> None:
        self._spend_note = sentence
        self._window.details.showTask(self._window.table.currentTask())
        self._show_spend()

    # --- the Spend view --------------------------------------------------------------------
    def _open_spend(self) -> None:
        if self._spend_view is not None and self._spend_view.isVisible():
            self._spend_view.raise_()
            return
        from .ui.account.spend_view import SpendView

        view = SpendView(self._window)
        view.refreshRequested.connect(lambda: self._spend_timer.start(0))
        view.exportRequested.connect(lambda path: self._jobs.spawn(self._export_spend(path)))
        view.destroyed.connect(lambda: setattr(self, "_spend_view", None))
        self._spend_view = view
        self._show_spend()
        view.open()
        self._spend_timer.start(0)

    def _spend_summary(self, session: Session) -> SpendSummary:
        from .ui.account.spend_view import SpendSummary

        spend, tasks = session.platform.spend, spend_tasks(session.service.tasks())
        by_model = [(model_by_id(model).label, amount)
                    for model, amount in spend.totals_by_model(tasks)]
        charged = sum(1 for task in tasks if (charge := spend.charge_of(task.trace_id))
                      and charge.charged)
        return SpendSummary(spend.totals_by_day(tasks), by_model, charged, self._spend_note)

    def _show_spend(self) -> None:
        session = self._sessions.current
        if self._spend_view is not None and session is not None:
            self._spend_view.showSpend(self._spend_summary(session))

    async def _export_spend(self, path: str) -> None:
        session = self._sessions.current
        if session is None:
            return
        text = session.platform.spend.csv_text(spend_tasks(session.service.tasks()))
        sentence, ok = await files.write_text(path, text)
        if self._spend_view is not None:
            self._spend_view.showExported(sentence, ok)
