"""What can go wrong on AceData's platform host, as a small exception tree.

    PlatformError                  every error of api/platform.py; `sentence` is for the user
    ├── NoPlatformTokenError       there is no platform token: nothing was sent
    ├── PlatformApiError           the platform answered with an HTTP error (status, code, message)
    │   ├── PlatformAuthError      401: a wrong platform token (or an API token given instead)
    │   ├── PlatformPermissionError  403: not allowed for this account
    │   └── PlatformServerError    5xx (but 554)
    ├── UploadTooLargeError        413, or refused here before sending (over 100 MB)
    ├── PlatformTimeoutError       no answer in time, or 554 from AceData's edge proxy
    ├── PlatformConnectionError    the platform could not be reached, or the connection broke
    ├── PlatformMalformedError     an answer that is not the JSON the contract promises
    └── LocalFileError             the file being uploaded could not be read to the end

Kept apart from the Hailuo API's tree (api/errors.py) so that code handling a generation's
errors never swallows a platform failure by accident. Nothing on the platform starts a paid
task, so there is no "outcome unknown" here. `str(error)` is the technical detail for the log;
it never holds a token (the client scrubs the platform's own messages).
"""

from __future__ import annotations

from ..domain.acedata import PLATFORM_TOKENS_PAGE
from ..domain.i18n import QT_TRANSLATE_NOOP, Context

MAX_UPLOAD_MB = 100

PlatformText = Context("PlatformText")


class PlatformError(Exception):
    # As written here; `sentence` says it in the user's language.
    said = QT_TRANSLATE_NOOP("PlatformText",
                             "Something went wrong on AceData's platform; try again later.")

    @property
    def sentence(self) -> str:
        return PlatformText.tr(self.said).format(page=PLATFORM_TOKENS_PAGE, most=MAX_UPLOAD_MB)


class NoPlatformTokenError(PlatformError):
    said = QT_TRANSLATE_NOOP(
        "PlatformText", "This needs your AceData platform token, which is not the API token: "
                        "add it in Settings (create one at {page}).")


class PlatformApiError(PlatformError):
    def __init__(self, status: int, code: str | None, message: str | None):
        self.status = status
        self.code = code
        self.message = message
        super().__init__(f"HTTP {status} {code or ''}: {message or ''}".strip())

    @property
    def sentence(self) -> str:
        if self.status == 429:
            return PlatformText.tr("AceData's platform is busy (HTTP 429); try again in a "
                                   "minute.")
        return PlatformText.tr("AceData's platform refused the request (HTTP {status}); try "
                               "again later.").format(status=self.status)


class PlatformAuthError(PlatformApiError):
    @property
    def sentence(self) -> str:
        return PlatformText.tr(
            "AceData did not accept your platform token: copy it again, or create a new one at "
            "{page}, and paste it in Settings.").format(page=PLATFORM_TOKENS_PAGE)


class PlatformPermissionError(PlatformApiError):
    @property
    def sentence(self) -> str:
        return PlatformText.tr(
            "AceData refused this for your account (permission denied): check that the "
            "platform token in Settings is your own, then try again.")


class PlatformServerError(PlatformApiError):
    @property
    def sentence(self) -> str:
        return PlatformText.tr("AceData's platform had a problem (HTTP {status}); try again in "
                               "a few minutes.").format(status=self.status)


class UploadTooLargeError(PlatformError):
    said = QT_TRANSLATE_NOOP(
        "PlatformText", "This file is larger than {most} MB, the most AceData takes: use a "
                        "smaller file.")


class PlatformTimeoutError(PlatformError):
    said = QT_TRANSLATE_NOOP(
        "PlatformText", "AceData's platform took too long to answer; try again in a minute.")


class PlatformConnectionError(PlatformError):
    said = QT_TRANSLATE_NOOP(
        "PlatformText", "Can't reach AceData's platform: check your internet connection, then "
                        "try again.")


class PlatformMalformedError(PlatformError):
    said = QT_TRANSLATE_NOOP(
        "PlatformText", "AceData's platform sent an answer the app cannot read; try again "
                        "later.")


class LocalFileError(PlatformError):
    said = QT_TRANSLATE_NOOP(
        "PlatformText", "The file could not be read to the end while it was being sent: check "
                        "that it is still there and unchanged, then try again.")


def platform_error_for(status: int, code: str | None, message: str | None) -> PlatformError:
    """The most specific error for an HTTP status from the platform."""
    if status == 401:
        return PlatformAuthError(status, code, message)
    if status == 403:
        return PlatformPermissionError(status, code, message)
    if status == 413:
        return UploadTooLargeError(f"HTTP 413 {code or ''}: {message or ''}".strip())
    if status == 554:  # EdgeOne gives up on a body it would not forward (platform-api §2)
        return PlatformTimeoutError(f"HTTP 554 {code or ''}: {message or ''}".strip())
    if status >= 500:
        return PlatformServerError(status, code, message)
    return PlatformApiError(status, code, message)
