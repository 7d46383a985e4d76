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
from ..domain.i18n import QT_TRANSLATE_NOOP, Context
from ..domain.tokens import token_problem
from .token_check import TokenCheck

log = logging.getLogger(__name__)

PlatformCheckText = Context("PlatformCheckText")
WORKS = QT_TRANSLATE_NOOP("PlatformCheckText", "Your platform token works.")
WRONG = QT_TRANSLATE_NOOP(  # translated where it is said, with the page filled in
    "PlatformCheckText", "AceData did not accept this platform token: platform tokens start "
                         "with \"platform-v1-\" (the API token goes in the other field), so "
                         "copy one from {page}.")


async def check_platform_token(base_url: str, token: str,
                               transport: httpx.AsyncBaseTransport | None = None) -> TokenCheck:
    token = token.strip()
    problem = token_problem(token) if token \
        else PlatformCheckText.tr("Paste a platform token first.")
    if problem:
        return TokenCheck(False, problem)
    client = PlatformClient(base_url, token, transport=transport)
    try:
        account = await client.me()
    except PlatformAuthError:
        return TokenCheck(False, PlatformCheckText.tr(WRONG).format(page=PLATFORM_TOKENS_PAGE))
    except PlatformError as exc:
        log.info("platform token check answered: %s", type(exc).__name__)
        return TokenCheck(False, exc.sentence)
    finally:
        await client.aclose()
    who = account.email or account.username or account.nickname
    if who is None:
        return TokenCheck(True, PlatformCheckText.tr(WORKS))
    return TokenCheck(True, PlatformCheckText.tr("Your platform token works ({who}).").format(
        who=who))
