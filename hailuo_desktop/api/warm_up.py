"""What httpx would load on its first request, loaded beforehand on a worker thread.

httpcore waits on its connection pool through anyio, whose asyncio backend (some 25 modules)
is imported the first time a request waits: about 50 ms with the window frozen, just as the
app opens and its first requests leave (`python -m bench ledger_load` saw it as the longest
stall). Imported on a thread while the ledger opens, it costs the window nothing.
"""

from __future__ import annotations

import asyncio
import importlib

_FIRST_REQUEST_IMPORTS = ("anyio._backends._asyncio",)


async def warm_up() -> None:
    for name in _FIRST_REQUEST_IMPORTS:
        await asyncio.to_thread(importlib.import_module, name)
