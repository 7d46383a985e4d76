"""Where the contract's example bodies are: in the repository, so no test depends on its
surroundings."""

from __future__ import annotations

from pathlib import Path

EXAMPLES = Path(__file__).parents[1] / "fixtures" / "api-examples"
