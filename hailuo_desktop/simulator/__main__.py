"""Run the simulator alone: ``python -m hailuo_desktop.simulator --port 8765``.

Every fault switch has a flag of the same name (``--rate-limit 2``, ``--expire-links``…). The
banner prints the environment AceData's tools read to use it.
"""

from __future__ import annotations

import argparse
import logging
import signal
import threading
from collections.abc import Sequence
from pathlib import Path

from .faults import DEFAULTS, SWITCHES, Faults
from .server import Simulator

_METAVARS = {int: "N", float: "NUMBER", str: "TEXT"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m hailuo_desktop.simulator",
        description="A local stand-in for AceData Cloud's Hailuo video API.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--token", default="sim-token", help="the accepted Bearer token")
    parser.add_argument(
        "--platform-token",
        default="sim-platform-token",
        help="the Bearer token the /api/v1/ platform endpoints accept",
    )
    parser.add_argument("--generation-seconds", type=float, default=6.0)
    parser.add_argument("--state-file", type=Path, help="keep tasks in this JSON file")
    parser.add_argument("--verbose", action="store_true", help="log every request")
    faults = parser.add_argument_group("fault switches (hailuo_desktop/simulator/faults.py)")
    for name, (default, effect, choices) in SWITCHES.items():
        flag = "--" + name.replace("_", "-")
        if isinstance(default, bool):
            faults.add_argument(flag, dest=name, action="store_true", help=effect)
        else:
            kind = type(default)
            help_text = f"{effect} (default: %(default)s)" if default else effect
            faults.add_argument(
                flag,
                dest=name,
                type=kind,
                default=default,
                choices=choices or None,
                metavar="|".join(choices) or _METAVARS[kind],
                help=help_text,
            )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    faults = Faults(**{name: getattr(args, name) for name in DEFAULTS})
    simulator = Simulator(
        token=args.token,
        platform_token=args.platform_token,
        host=args.host,
        port=args.port,
        generation_seconds=args.generation_seconds,
        state_file=args.state_file,
        faults=faults,
    )
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    with simulator:
        print(f"Hailuo simulator listening on {simulator.base_url}", flush=True)
        print(f"ACEDATACLOUD_API_BASE_URL={simulator.base_url}", flush=True)
        print(f"ACEDATACLOUD_API_TOKEN={simulator.token}", flush=True)
        print(f"PLATFORM_API_BASE_URL={simulator.base_url}", flush=True)
        print(f"ACEDATACLOUD_PLATFORM_TOKEN={simulator.platform_token}", flush=True)
        print("Press Ctrl+C to stop.", flush=True)
        try:
            while not done.wait(1.0):
                pass
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
