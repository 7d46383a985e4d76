"""Plain sentences for what went wrong, and what the user can do about it.

Keyed by the service's error code and HTTP status so that an HTTP error on submit and a failure
reported later in a task record read the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from . import i18n
from .i18n import QT_TRANSLATE_NOOP, Context
from .language import ENGLISH
from .task import Task, TaskState

Messages = Context("Messages")


class Remedy(StrEnum):
    UPDATE_TOKEN = "update_token"
    TOP_UP = "top_up"
    TRY_AGAIN = "try_again"
    EDIT = "edit"
    CHECK_LATER = "check_later"
    OPEN_CONSOLE = "open_console"


@dataclass(frozen=True)
class Explanation:
    source: str  # the sentence as written here; `sentence` is it in the user's language
    remedy: Remedy | None = None
    short_source: str = ""  # a few words for a failed row in the table ("balance too low")

    @property
    def sentence(self) -> str:
        return Messages.tr(self.source)

    @property
    def short(self) -> str:
        return Messages.tr(self.short_source) if self.short_source else ""


# The sentences are translated when read (`Explanation.sentence`), in the user's language.
_BY_CODE: dict[str, Explanation] = {
    "invalid_token": Explanation(QT_TRANSLATE_NOOP(
        "Messages", "The service did not accept your API token. Check it in Settings, or "
                    "create a new one in the AceData Cloud console."),
        Remedy.UPDATE_TOKEN, QT_TRANSLATE_NOOP("Messages", "token refused")),
    "token_expired": Explanation(QT_TRANSLATE_NOOP(
        "Messages", "Your API token has expired. Create a new one in the AceData Cloud "
                    "console and paste it in Settings."),
        Remedy.UPDATE_TOKEN, QT_TRANSLATE_NOOP("Messages", "token expired")),
    "no_token": Explanation(QT_TRANSLATE_NOOP(
        "Messages", "No API token was sent. Add your AceData Cloud token in Settings."),
        Remedy.UPDATE_TOKEN, QT_TRANSLATE_NOOP("Messages", "no token")),
    "token_mismatched": Explanation(QT_TRANSLATE_NOOP(
        "Messages", "This token is for another AceData service, not Hailuo. Use a global "
                    "token or one created for Hailuo."),
        Remedy.UPDATE_TOKEN, QT_TRANSLATE_NOOP("Messages", "token for another service")),
    "used_up": Explanation(QT_TRANSLATE_NOOP(
        "Messages", "Your AceData Cloud balance is too low for this video. Top up in the "
                    "console, then try again."),
        Remedy.TOP_UP, QT_TRANSLATE_NOOP("Messages", "balance too low")),
    # Only a refused generate records this code (polling through a 429 changes no task).
    "too_many_requests": Explanation(QT_TRANSLATE_NOOP(
        "Messages", "The service turned this request away: it is getting too many right "
                    "now. Nothing was made or charged. Wait a minute, then press Try again."),
        Remedy.TRY_AGAIN, QT_TRANSLATE_NOOP("Messages", "service busy")),
    "disabled": Explanation(QT_TRANSLATE_NOOP(
        "Messages", "Your AceData application has been disabled. Contact AceData Cloud "
                    "support."),
        None, QT_TRANSLATE_NOOP("Messages", "application disabled")),
    "no_api": Explanation(QT_TRANSLATE_NOOP(
        "Messages", "The service address is wrong: it has no Hailuo API. Check the address "
                    "in Settings."),
        None, QT_TRANSLATE_NOOP("Messages", "wrong service address")),
    "api_error": Explanation(QT_TRANSLATE_NOOP(
        "Messages", "The service had an internal error. You can try again."),
        Remedy.TRY_AGAIN, QT_TRANSLATE_NOOP("Messages", "service error")),
}

_BY_STATUS: dict[int, Explanation] = {
    400: Explanation(QT_TRANSLATE_NOOP(
        "Messages", "The service refused the request as it stands. Check the prompt and the "
                    "first-frame link, then try again."),
        Remedy.EDIT, QT_TRANSLATE_NOOP("Messages", "request refused")),
    401: _BY_CODE["invalid_token"],
    403: Explanation(QT_TRANSLATE_NOOP(
        "Messages", "The service refused this request, which can happen when a prompt or "
                    "image breaks its content rules. Change it and try again."),
        Remedy.EDIT, QT_TRANSLATE_NOOP("Messages", "content refused")),
    404: _BY_CODE["no_api"],
    429: _BY_CODE["too_many_requests"],
    500: _BY_CODE["api_error"],
    503: Explanation(QT_TRANSLATE_NOOP(
        "Messages", "This model is unavailable at the service right now; nothing was "
                    "charged. Try again in a few minutes or pick another model."),
        Remedy.TRY_AGAIN, QT_TRANSLATE_NOOP("Messages", "model unavailable")),
}

TASK_FAILED = Explanation(QT_TRANSLATE_NOOP(
    "Messages", "The service could not make this video. Edit the prompt or first frame and "
                "try again."),
    Remedy.EDIT, QT_TRANSLATE_NOOP("Messages", "not made"))

UNCONFIRMED = Explanation(QT_TRANSLATE_NOOP(
    "Messages", "The connection broke after the request was sent, so the service may have "
                "started this video and charged for it. The app is looking for it among "
                "your tasks at the service and will follow it if it is there. Nothing is "
                "sent again."),
    Remedy.OPEN_CONSOLE)

UNREADABLE = Explanation(QT_TRANSLATE_NOOP(
    "Messages", "The service answered, but not in a way the app can read, so it may have "
                "started this video and charged for it. The app is looking for it among "
                "your tasks at the service and will follow it if it is there. Nothing is "
                "sent again."),
    Remedy.OPEN_CONSOLE)

UNSEEN = Explanation(QT_TRANSLATE_NOOP(
    "Messages", "The connection broke after the request was sent. The app looked for this "
                "video among your tasks at the service and did not find it, so it was most "
                "likely never started. Check the AceData Cloud console before trying again: "
                "a task there was charged."),
    Remedy.OPEN_CONSOLE)

NOT_WEB_LINK = Explanation(QT_TRANSLATE_NOOP(
    "Messages", "The service says this video is done, but its link is not a web (http or "
                "https) link, so the app will not open or save it. Copy the support info "
                "and send it to AceData support."))

MALFORMED = Explanation(QT_TRANSLATE_NOOP(
    "Messages", "The service sent an answer the app cannot read. Try again later."),
    Remedy.TRY_AGAIN, QT_TRANSLATE_NOOP("Messages", "unreadable answer"))

OFFLINE = Explanation(QT_TRANSLATE_NOOP(
    "Messages", "Can't reach the service. Check your internet connection; nothing was sent "
                "or charged."),
    Remedy.TRY_AGAIN, QT_TRANSLATE_NOOP("Messages", "not sent: offline"))

STALE = Explanation(QT_TRANSLATE_NOOP(
    "Messages", "This video is taking unusually long. It may still finish at the service: "
                "use Check again to ask once more later."),
    Remedy.CHECK_LATER)

UNKNOWN_TASK = Explanation(QT_TRANSLATE_NOOP(
    "Messages", "The service no longer knows this video: it may have been deleted in the "
                "AceData Cloud console. The app stopped asking about it; Check again asks "
                "once more."),
    Remedy.OPEN_CONSOLE)

LEDGER = Explanation(QT_TRANSLATE_NOOP(
    "Messages", "Your task list could not be saved on disk, so this video was not sent. "
                "Check that the disk has free space, then try again."),
    Remedy.TRY_AGAIN, QT_TRANSLATE_NOOP("Messages", "not sent: disk problem"))

_LOCAL_CODES = {"ledger": LEDGER, "offline": OFFLINE, "unconfirmed": UNCONFIRMED,
                "unreadable": UNREADABLE, "unconfirmed_unseen": UNSEEN, "malformed": MALFORMED,
                "stale": STALE, "unknown_task": UNKNOWN_TASK,
                "not_web_link": NOT_WEB_LINK}


def code_for(status: int, code: str | None) -> str:
    """The code to record for an HTTP error: the service's when we know it, else the status."""
    return code if code in _BY_CODE else f"http_{status}"


def explain(code: str | None, status: int | None = None) -> Explanation:
    """The sentence for a recorded error code (a service code, `http_NNN`, or a local one)."""
    if code in _BY_CODE:
        return _BY_CODE[code]
    if code in _LOCAL_CODES:
        return _LOCAL_CODES[code]
    if code and code.startswith("http_") and code[5:].isdigit():
        status = int(code[5:])
    if status is not None:
        if status in _BY_STATUS:
            return _BY_STATUS[status]
        if status >= 500:
            return _BY_STATUS[500]
    return TASK_FAILED


def explain_task(task: Task) -> str | None:
    """The sentence for a task that did not simply succeed and is not still running."""
    if task.state in (TaskState.FAILED, TaskState.UNCONFIRMED, TaskState.STALE, TaskState.GONE):
        return explain(task.error_code).sentence
    return None


def short_reason(task: Task, words: int = 4, limit: int = 40) -> str:
    """A failed task's reason in a few words, for its row: ours, or the start of what the
    service said when all we know is that it could not make the video and the reader reads
    the service's English (in other languages its words are in the details, quoted)."""
    if task.state is not TaskState.FAILED:
        return ""
    explanation = explain(task.error_code)
    quotable = i18n.language() == ENGLISH and task.error_message and task.error_message.strip()
    if explanation is TASK_FAILED and quotable:
        said = task.error_message.split()
        start = " ".join(said[:words])
        if len(start) > limit:
            start = start[:limit - 1].rstrip()
        return start + ("…" if start != " ".join(said) else "")
    return explanation.short
