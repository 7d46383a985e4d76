"""What can go wrong when talking to the Hailuo API, as a small exception tree.

    HailuoError
    ├── ApiError                  the service answered with an HTTP error (status, code, message)
    │   ├── AuthenticationError   401 invalid_token / token_expired, 400 no_token
    │   ├── TokenMismatchError    400 token_mismatched: the token is not for Hailuo
    │   ├── BadRequestError       other 400s: the request was refused as it stands
    │   ├── InsufficientCreditsError  403 used_up
    │   ├── PermissionDeniedError other 403s (content moderation, disabled application)
    │   ├── NotFoundError         404
    │   ├── RateLimitError        429
    │   ├── ServerError           500 and other 5xx
    │   └── ServiceUnavailableError  503: the model is unavailable, nothing was charged
    ├── MalformedResponseError    an answer that is not the JSON the contract promises
    └── TransportError            no usable answer at all
        ├── ConnectionFailedError the request never left: nothing can have started
        └── OutcomeUnknownError   the request may have reached the service (timeout, dropped
                                  connection after sending): a generation may have started

The split of TransportError is the money rule: only ConnectionFailedError proves that a
generate call started nothing.
"""

from __future__ import annotations


class HailuoError(Exception):
    """Base of every error this client raises."""


class ApiError(HailuoError):
    def __init__(self, status: int, code: str | None, message: str | None,
                 trace_id: str | None = None, retry_after: float | None = None):
        self.status = status
        self.code = code
        self.message = message
        self.trace_id = trace_id
        self.retry_after = retry_after
        super().__init__(f"HTTP {status} {code or ''}: {message or ''}".strip())


class AuthenticationError(ApiError):
    pass


class TokenMismatchError(ApiError):
    pass


class BadRequestError(ApiError):
    pass


class InsufficientCreditsError(ApiError):
    pass


class PermissionDeniedError(ApiError):
    pass


class NotFoundError(ApiError):
    pass


class RateLimitError(ApiError):
    pass


class ServerError(ApiError):
    pass


class ServiceUnavailableError(ServerError):
    pass


class MalformedResponseError(HailuoError):
    def __init__(self, detail: str, status: int | None = None):
        self.status = status
        super().__init__(detail)


class TransportError(HailuoError):
    pass


class ConnectionFailedError(TransportError):
    pass


class OutcomeUnknownError(TransportError):
    pass


# When `error` comes as a bare string there is no code: these words in the message name it.
_CODE_HINTS = (
    ("token_mismatched", ("token does not match", "token_mismatched")),
    ("used_up", ("balance is not sufficient", "buy more", "used_up")),
    ("token_expired", ("token expired", "token has expired", "token_expired")),
    ("invalid_token", ("invalid token", "token is invalid", "invalid_token")),
)


def guess_code(message: str | None) -> str | None:
    text = (message or "").lower()
    for code, hints in _CODE_HINTS:
        if any(hint in text for hint in hints):
            return code
    return None


def api_error_for(status: int, code: str | None, message: str | None,
                  trace_id: str | None, retry_after: float | None = None) -> ApiError:
    """The most specific ApiError for an HTTP status and the service's error code."""
    code = code or guess_code(message)
    if code == "token_mismatched":
        kind: type[ApiError] = TokenMismatchError
    elif status == 401 or code in ("invalid_token", "token_expired", "no_token"):
        kind = AuthenticationError
    elif status == 403 and code == "used_up":
        kind = InsufficientCreditsError
    elif status == 403:
        kind = PermissionDeniedError
    elif status == 404:
        kind = NotFoundError
    elif status == 429:
        kind = RateLimitError
    elif status == 503:
        kind = ServiceUnavailableError
    elif status >= 500:
        kind = ServerError
    else:
        kind = BadRequestError
    return kind(status, code, message, trace_id, retry_after)
