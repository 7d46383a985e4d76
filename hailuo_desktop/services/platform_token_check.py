"""Does this platform token work? Asked with who-am-I, which costs nothing and changes nothing.

The platform token is a second secret beside the API token; people paste one for the other,
and an API token gets 401 on the platform, so that answer says which token belongs here.
"""

from __future__ import annotations

import logging

import httpx

from ..api.platform import PlatformClient
from ..api.platform_errors import PlatformAuthError, PlatformError
from ..domain.acedata import PLATFORM_TOKENS_PAGE
from ..domain.tokens import token_problem
from .token_check import TokenCheck

log = logging.getLogger(__name__)

WORKS = "Your platform token works."
WRONG = ("AceData did not accept this platform token: platform tokens start with "
         f"\"platform-v1-\" (the API token goes in the other field), so copy one from "
         f"{PLATFORM_TOKENS_PAGE}.")


async def check_platform_token(base_url: str, token: str,
                               transport: httpx.AsyncBaseTransport | None = None) -> TokenCheck:
    token = token.strip()
    problem = token_problem(token) if token else "Paste a platform token first."
    if problem:
        return TokenCheck(False, problem)
    client = PlatformClient(base_url, token, transport=transport)
    try:
        account = await client.me()
    except PlatformAuthError:
        return TokenCheck(False, WRONG)
    except PlatformError as exc:
        log.info("platform token check answered: %s", type(exc).__name__)
        return TokenCheck(False, exc.sentence)
    finally:
        await client.aclose()
    who = account.email or account.username or account.nickname
    return TokenCheck(True, WORKS if who is None else f"Your platform token works ({who}).")
