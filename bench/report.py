"""What a scenario hands back: its figure, its floor, the ratio and the target, as a table row."""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty sample."""
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def latency(values: Sequence[float]) -> dict[str, float]:
    return {"p50": percentile(values, 50), "p95": percentile(values, 95), "n": len(values)}


def time_ms(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def sample_ms(fn: Callable[[], Any], repeat: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        fn()
    return [time_ms(fn) for _ in range(repeat)]


@dataclass(frozen=True)
class Target:
    """A target from DESIGN.md's Performance table (or, where it names none, the bench's own)."""

    text: str
    check: Callable[[Row], bool]
    source: str = "DESIGN.md"


@dataclass
class Row:
    scenario: str
    unit: str
    figure: dict[str, float]
    floor: dict[str, float]
    #: the statistic the ratio and the target are read on: "p50", "p95" or "value"
    key: str
    target: str = ""
    target_source: str = ""
    passed: bool | None = None
    note: str = ""
    floor_what: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        figure, floor = self.figure[self.key], self.floor[self.key]
        if self.unit.endswith("/s"):  # higher is better: how many times slower than the floor
            return floor / figure if figure else math.inf
        return figure / floor if floor else math.inf

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = round(self.ratio, 2)
        return data


def _fmt_stat(stats: dict[str, float], unit: str) -> str:
    def num(v: float) -> str:
        if unit.endswith("/s"):
            return f"{v:,.0f}"
        if v < 10:
            return f"{v:.2f}"
        return f"{v:.1f}" if v < 100 else f"{v:,.0f}"

    if "p50" in stats:
        return f"p50 {num(stats['p50'])} / p95 {num(stats['p95'])} {unit}"
    return f"{num(stats['value'])} {unit}"


class Report:
    """Collects rows, prints the table, writes JSON."""

    def __init__(self, title: str, log: Callable[[str], None] = print) -> None:
        self.title = title
        self.rows: list[Row] = []
        self.log = log
        self.info: dict[str, Any] = {}

    def add(self, row: Row, target: Target | None = None) -> Row:
        if target is not None:
            row.target = target.text
            row.target_source = target.source
            row.passed = bool(target.check(row))
        self.rows.append(row)
        self.log(f"  {row.scenario}: {_fmt_stat(row.figure, row.unit)}"
                 f" | floor {_fmt_stat(row.floor, row.unit)} | ×{row.ratio:.2f}")
        return row

    def table(self) -> str:
        head = ("scenario", "figure", "floor", "ratio", "target", "result")
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for row in self.rows:
            verdict = "—" if row.passed is None else "pass" if row.passed else "**miss**"
            target = row.target + (" *(bench)*" if row.target_source == "bench" else "")
            lines.append(
                f"| {row.scenario} | {_fmt_stat(row.figure, row.unit)} | "
                f"{_fmt_stat(row.floor, row.unit)} ({row.floor_what}) | ×{row.ratio:.2f} | "
                f"{target} | {verdict} |"
            )
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        return {"title": self.title, "info": self.info,
                "rows": [row.as_dict() for row in self.rows]}

    def write_json(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.as_dict(), ensure_ascii=False, indent=1), "utf-8")
