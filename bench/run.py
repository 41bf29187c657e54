"""Run the bench: ``python -m bench.run [--quick] [--json out.json] [--only NAME]...``.

Builds (or reuses) the office, runs every scenario against it, prints the
table of figures next to their floors and targets, and writes it as JSON
(to ``--json`` and to ``bench/results/``).
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import sqlite3
import sys
import time
import traceback
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from bench.office import CACHE_DIR, FULL, QUICK, ensure_office
from bench.report import Report
from bench.scenarios import SCENARIOS, missing

RESULTS_DIR = Path(__file__).resolve().parent / "results"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--quick", action="store_true",
                        help=f"a {QUICK.clients:,}-client office (the test suite's mode)")
    parser.add_argument("--json", type=Path, help="also write the table as JSON here")
    parser.add_argument("--only", action="append", default=[], metavar="NAME",
                        help=f"run only this scenario (repeatable): {', '.join(SCENARIOS)}")
    parser.add_argument("--cache", type=Path, default=CACHE_DIR,
                        help="where generated offices are kept between runs")
    return parser.parse_args(list(argv))


def machine_info() -> dict[str, object]:
    from PySide6 import __version__ as pyside

    return {
        "when": datetime.now().isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "pyside6": pyside,
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
    }


def run(argv: Sequence[str] = ()) -> tuple[Report, list[str]]:
    """Run the bench; returns the report and the names of scenarios that failed to run."""
    args = parse_args(argv)
    unknown = [name for name in args.only if name not in SCENARIOS]
    if unknown:
        raise SystemExit(f"unknown scenario {unknown}; known: {', '.join(SCENARIOS)}")
    names = [name for name in SCENARIOS if not args.only or name in args.only]
    spec = QUICK if args.quick else FULL
    office = ensure_office(spec, args.cache)
    report = Report(f"bench on {spec.label}{' (quick)' if args.quick else ''}")
    report.info.update(machine_info(), office=office.meta["counts"],
                       office_generated_seconds=office.meta.get("generated_seconds"))
    broken: list[str] = []
    waiting: dict[str, list[str]] = {}
    for name in names:
        needs = missing(name)
        if needs:
            print(f"scenario {name}: waiting for {', '.join(needs)} (not in this tree yet)")
            waiting[name] = needs
            continue
        module = importlib.import_module(f"bench.scenarios.{name}")
        print(f"scenario {name}: {module.TITLE}", flush=True)
        started = time.perf_counter()
        try:
            module.run(report, office)
        except Exception:  # one broken scenario must not hide the others' figures
            traceback.print_exc()
            broken.append(name)
        print(f"  ({time.perf_counter() - started:.1f} s)", flush=True)
    report.info["broken"] = broken
    report.info["waiting"] = waiting
    return report, broken


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    report, broken = run(argv)
    args = parse_args(argv)
    print()
    print(f"## {report.title}")
    print()
    print(report.table())
    for name, needs in report.info["waiting"].items():
        print(f"\n{name}: not measured, waiting for {', '.join(needs)}")
    for name, reason in report.info.get("skipped", {}).items():
        print(f"\n{name}: not measured, no server: {reason}")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kind = "quick" if args.quick else "full"
    report.write_json(RESULTS_DIR / f"{stamp}-{kind}.json")
    if args.json:
        report.write_json(args.json)
    if broken:
        print(f"\nThese scenarios failed to run: {', '.join(broken)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
