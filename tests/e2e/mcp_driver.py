"""Runs in .venv-mcp, never in the project's .venv: drives AceData's ``mcp-hailuo`` server over
stdio with the official ``mcp`` client and prints one JSON object with what it saw.

Usage: ``.venv-mcp/bin/python mcp_driver.py TOOL ARGUMENTS_JSON MAX_SECONDS``. It calls the
generate tool ``TOOL`` with ``ARGUMENTS_JSON``, then the task tool until a video link appears or
``MAX_SECONDS`` pass. The server reads ``ACEDATACLOUD_API_TOKEN`` and
``ACEDATACLOUD_API_BASE_URL`` from the environment this script is given.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client


def _json_text(result: Any) -> Any:
    if result.isError:
        raise RuntimeError(f"tool failed: {result.content}")
    return json.loads("".join(part.text for part in result.content if part.type == "text"))


def _video_url(record: dict[str, Any]) -> str | None:
    response = record.get("response") or {}
    data = response.get("data") or [{}]
    return data[0].get("video_url") or None


async def drive(tool: str, arguments: dict[str, Any], max_seconds: float) -> dict[str, Any]:
    server = StdioServerParameters(
        command=str(Path(sys.executable).with_name("mcp-hailuo")), env=dict(os.environ)
    )
    async with stdio_client(server) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        tools = sorted(t.name for t in (await session.list_tools()).tools)
        submitted = _json_text(await session.call_tool(tool, arguments))
        task_id = submitted["task_id"]
        records = []
        deadline = time.monotonic() + max_seconds
        while time.monotonic() < deadline:
            record = _json_text(await session.call_tool("hailuo_get_task", {"task_id": task_id}))
            records.append(record)
            if _video_url(record):
                break
    return {
        "tools": tools,
        "submitted": submitted,
        "records": records,
        "video_url": _video_url(records[-1]) if records else None,
    }


if __name__ == "__main__":
    name, raw_arguments, seconds = sys.argv[1:4]
    print(json.dumps(asyncio.run(drive(name, json.loads(raw_arguments), float(seconds)))))
