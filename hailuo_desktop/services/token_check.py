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
from ..domain.tokens import token_problem

log = logging.getLogger(__name__)

# No task has this id: the answer is "not found" (or an empty record) for a token that works.
PROBE_TASK_ID = "00000000-0000-0000-0000-000000000000"

WORKS = "Your token works."
WRONG = ("This token is wrong or has expired. Copy it again from the AceData Cloud console, "
         "or create a new one there.")
NOT_FOR_HAILUO = ("This token is not for Hailuo. Use a global token, or create one for Hailuo "
                  "in the AceData Cloud console (Applications).")
UNREACHABLE = ("Can't reach the service. Check your internet connection and the service "
               "address in Settings, then try again.")


@dataclass(frozen=True)
class TokenCheck:
    ok: bool
    sentence: str


async def check_token(base_url: str, token: str,
                      transport: httpx.AsyncBaseTransport | None = None) -> TokenCheck:
    token = token.strip()
    problem = token_problem(token) if token else "Paste a token first."
    if problem:
        return TokenCheck(False, problem)
    client = HailuoClient(base_url, token, transport=transport)
    try:
        await client.retrieve(PROBE_TASK_ID)
    except HailuoError as exc:
        return _verdict(exc)
    finally:
        await client.aclose()
    return TokenCheck(True, WORKS)


def _verdict(exc: HailuoError) -> TokenCheck:
    log.info("token check answered: %s", type(exc).__name__)  # the kind only: no service text
    if isinstance(exc, AuthenticationError):
        return TokenCheck(False, WRONG)
    if isinstance(exc, TokenMismatchError):
        return TokenCheck(False, NOT_FOR_HAILUO)
    if isinstance(exc, TransportError):
        return TokenCheck(False, UNREACHABLE)
    if isinstance(exc, NotFoundError):
        if exc.code == "no_api":  # the gateway's "wrong URL", not "no such task"
            return TokenCheck(False, "The service address has no Hailuo API. Check the address "
                                     "in Settings (Advanced), or leave it empty.")
        return TokenCheck(True, WORKS)
    if isinstance(exc, InsufficientCreditsError):
        return TokenCheck(True, "Your token works, but your balance is used up. Top up in the "
                                "AceData Cloud console before making videos.")
    if isinstance(exc, RateLimitError):
        return TokenCheck(False, "The service is busy right now (HTTP 429). Try Check again "
                                 "in a minute.")
    if isinstance(exc, MalformedResponseError):
        status = f" (HTTP {exc.status})" if exc.status else ""
        return TokenCheck(False, f"The service answered with something that is not the Hailuo "
                                 f"API{status}. Check the service address in Settings.")
    assert isinstance(exc, ApiError)
    code = f", {exc.code[:40]}" if exc.code else ""
    return TokenCheck(False, f"The service could not check the token (HTTP {exc.status}{code}). "
                             "Try again later.")
