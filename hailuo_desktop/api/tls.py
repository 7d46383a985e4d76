"""One TLS context for every HTTP client of the app.

Each httpx client otherwise reads the whole CA bundle itself (tens of milliseconds each, at
start-up, several times over); one context made once is shared by all of them.
"""

from __future__ import annotations

import functools
import ssl

import certifi


@functools.cache
def tls_context() -> ssl.SSLContext:
    return ssl.create_default_context(cafile=certifi.where())
