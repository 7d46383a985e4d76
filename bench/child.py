"""Scenarios run in their own Python process: start-up, memory and Qt state are theirs alone.

A child reports with `emit()`, one JSON object a line, as it goes: when it runs out of time,
the parent still has what it reported so far, and reads its peak memory before ending it.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class ChildResult:
    launched: float  # time.time() just before the process was started
    timeout: float
    reports: list[dict] = field(default_factory=list)
    timed_out: bool = False
    returncode: int | None = None
    peak_rss_mb: float | None = None

    def get(self, key: str):
        """The last value the child reported under `key`, or None."""
        for report in reversed(self.reports):
            if key in report:
                return report[key]
        return None

    def missing(self) -> str:
        """What to print for a figure the child never reported."""
        if self.timed_out:
            return f"did not finish in {self.timeout:.0f} s"
        return f"failed (exit status {self.returncode}; its stderr is above)"


def emit(**fields) -> None:
    print(json.dumps(fields), flush=True)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _peak_rss_of(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def launch(module: str, *args: str, env: dict[str, str] | None = None,
           timeout: float) -> ChildResult:
    """Run `python -m <module> <args>` from the repository, ended after `timeout` seconds."""
    result = ChildResult(launched=time.time(), timeout=timeout)
    process = subprocess.Popen([sys.executable, "-m", module, *args], cwd=ROOT,
                               env=env if env is not None else dict(os.environ),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        result.timed_out = True
        result.peak_rss_mb = _peak_rss_of(process.pid)
        process.kill()
        out, err = process.communicate()
    result.returncode = process.returncode
    for line in out.splitlines():
        if line.startswith("{"):
            result.reports.append(json.loads(line))
    if result.peak_rss_mb is None:
        result.peak_rss_mb = result.get("peak_rss_mb")
    if process.returncode != 0 and not result.timed_out:
        sys.stderr.write(f"bench: {module} {' '.join(args)} failed ({process.returncode}):\n"
                         f"{err[-3000:]}\n")
    return result
