"""Where AceData Cloud lives, as the app links to it."""

from __future__ import annotations

DEFAULT_BASE_URL = "https://api.acedata.cloud"
CONSOLE_URL = "https://platform.acedata.cloud"
