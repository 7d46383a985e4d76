"""Does this token work? Asked with a task query that starts nothing and costs nothing.

Also the rule for what a pasted token may look like, so the welcome dialog can refuse a bad
paste before anything is sent.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

from ..api.client import HailuoClient
from ..api.errors import (
    ApiError,
    AuthenticationError,
    HailuoError,
    InsufficientCreditsError,
    MalformedResponseError,
    NotFoundError,
    RateLimitError,
    TokenMismatchError,
    TransportError,
)
from ..domain.i18n import QT_TRANSLATE_NOOP, Context
from ..domain.tokens import token_problem

log = logging.getLogger(__name__)

# No task has this id: the answer is "not found" (or an empty record) for a token that works.
PROBE_TASK_ID = "00000000-0000-0000-0000-000000000000"

TokenCheckText = Context("TokenCheckText")
# Translated where they are said (TokenCheckText.tr).
WORKS = QT_TRANSLATE_NOOP("TokenCheckText", "Your token works.")
WRONG = QT_TRANSLATE_NOOP(
    "TokenCheckText", "This token is wrong or has expired. Copy it again from the AceData "
                      "Cloud console, or create a new one there.")
NOT_FOR_HAILUO = QT_TRANSLATE_NOOP(
    "TokenCheckText", "This token is not for Hailuo. Use a global token, or create one for "
                      "Hailuo in the AceData Cloud console (Applications).")
UNREACHABLE = QT_TRANSLATE_NOOP(
    "TokenCheckText", "Can't reach the service. Check your internet connection and the "
                      "service address in Settings, then try again.")


@dataclass(frozen=True)
class TokenCheck:
    ok: bool
    sentence: str


async def check_token(base_url: str, token: str,
                      transport: httpx.AsyncBaseTransport | None = None) -> TokenCheck:
    token = token.strip()
    problem = token_problem(token) if token else TokenCheckText.tr("Paste a token first.")
    if problem:
        return TokenCheck(False, problem)
    client = HailuoClient(base_url, token, transport=transport)
    try:
        await client.retrieve(PROBE_TASK_ID)
    except HailuoError as exc:
        return _verdict(exc)
    finally:
        await client.aclose()
    return TokenCheck(True, TokenCheckText.tr(WORKS))


def _verdict(exc: HailuoError) -> TokenCheck:
    log.info("token check answered: %s", type(exc).__name__)  # the kind only: no service text
    if isinstance(exc, AuthenticationError):
        return TokenCheck(False, TokenCheckText.tr(WRONG))
    if isinstance(exc, TokenMismatchError):
        return TokenCheck(False, TokenCheckText.tr(NOT_FOR_HAILUO))
    if isinstance(exc, TransportError):
        return TokenCheck(False, TokenCheckText.tr(UNREACHABLE))
    if isinstance(exc, NotFoundError):
        if exc.code == "no_api":  # the gateway's "wrong URL", not "no such task"
            return TokenCheck(False, TokenCheckText.tr(
                "The service address has no Hailuo API. Check the address in Settings "
                "(Advanced), or leave it empty."))
        return TokenCheck(True, TokenCheckText.tr(WORKS))
    if isinstance(exc, InsufficientCreditsError):
        return TokenCheck(True, TokenCheckText.tr(
            "Your token works, but your balance is used up. Top up in the AceData Cloud "
            "console before making videos."))
    if isinstance(exc, RateLimitError):
        return TokenCheck(False, TokenCheckText.tr(
            "The service is busy right now (HTTP 429). Try Check again in a minute."))
    if isinstance(exc, MalformedResponseError):
        if exc.status:
            return TokenCheck(False, TokenCheckText.tr(
                "The service answered with something that is not the Hailuo API (HTTP "
                "{status}). Check the service address in Settings.").format(status=exc.status))
        return TokenCheck(False, TokenCheckText.tr(
            "The service answered with something that is not the Hailuo API. Check the "
            "service address in Settings."))
    assert isinstance(exc, ApiError)
    status = f"{exc.status}, {exc.code[:40]}" if exc.code else str(exc.status)
    return TokenCheck(False, TokenCheckText.tr(
        "The service could not check the token (HTTP {status}). Try again later.").format(
            status=status))
