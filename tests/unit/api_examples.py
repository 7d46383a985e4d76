"""Where the contract's example bodies are: ../shared/api-examples beside the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).parents[2].parent / "shared" / "api-examples"
needs_examples = pytest.mark.skipif(not EXAMPLES.is_dir(),
                                    reason=f"example bodies not found at {EXAMPLES}")
