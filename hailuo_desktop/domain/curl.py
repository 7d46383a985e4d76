""""Copy as curl": the exact request the app sends to start a generation, as a shell command.

The token is never in it: `$ACEDATACLOUD_API_TOKEN` stands in its place, expanded by the shell
(hence double quotes around that one header). The body is serialised exactly as httpx sends
`json=` (compact, UTF-8 as is), and single-quoted for POSIX shells.
"""

from __future__ import annotations

import json
import shlex
from typing import Any

TOKEN_VARIABLE = "ACEDATACLOUD_API_TOKEN"


def curl_command(base_url: str, body: dict[str, Any]) -> str:
    payload = json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return " \\\n  ".join([
        f"curl -X POST {shlex.quote(base_url.rstrip('/') + '/hailuo/videos')}",
        "-H 'accept: application/json'",
        f'-H "authorization: Bearer ${TOKEN_VARIABLE}"',
        "-H 'content-type: application/json'",
        f"-d {shlex.quote(payload)}",
    ])
