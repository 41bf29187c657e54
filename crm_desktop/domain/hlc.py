"""Hybrid logical clock (HLC) used to order changes made on different PCs.

A timestamp is (wall time in ms, counter, device). The clock never goes
backwards even when the PC's wall clock does, and it merges timestamps
received from other devices so causally later changes sort later.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

WALL_DIGITS = 13
COUNTER_DIGITS = 5
MAX_WALL_MS = 10**WALL_DIGITS - 1
MAX_COUNTER = 10**COUNTER_DIGITS - 1

_ENCODED = re.compile(r"(\d{13})-(\d{5})-(.*)", re.DOTALL)


def wall_clock_ms() -> int:
    """Physical time in milliseconds since the Unix epoch."""
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, order=True)
class Timestamp:
    """One HLC reading; tuple order is the causal order."""

    wall_ms: int
    counter: int
    device: str

    def __post_init__(self) -> None:
        # Out-of-range values would break the fixed-width encoding's ordering.
        if not 0 <= self.wall_ms <= MAX_WALL_MS:
            raise ValueError(f"wall_ms out of range: {self.wall_ms}")
        if not 0 <= self.counter <= MAX_COUNTER:
            raise ValueError(f"counter out of range: {self.counter}")

    def encode(self) -> str:
        """Fixed-width text whose string order equals the tuple order."""
        return f"{self.wall_ms:0{WALL_DIGITS}d}-{self.counter:0{COUNTER_DIGITS}d}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Timestamp:
        """Inverse of :meth:`encode`; raises ``ValueError`` on anything else."""
        if not isinstance(text, str):
            raise ValueError("timestamp text must be a string")
        match = _ENCODED.fullmatch(text)
        if match is None:
            raise ValueError(f"not an HLC timestamp: {text!r}")
        return cls(int(match.group(1)), int(match.group(2)), match.group(3))

    def __str__(self) -> str:
        return self.encode()


class ClockDriftError(Exception):
    """A remote timestamp is too far ahead of our physical clock to trust."""

    def __init__(self, remote: Timestamp, local_ms: int) -> None:
        super().__init__(
            f"remote clock {remote.encode()} is {remote.wall_ms - local_ms} ms ahead of local"
        )
        self.remote = remote
        self.local_ms = local_ms


def _next(wall_ms: int, counter: int, device: str) -> Timestamp:
    """Timestamp (wall_ms, counter) with counter overflow carried into the wall time."""
    if counter > MAX_COUNTER:
        return Timestamp(wall_ms + 1, 0, device)
    return Timestamp(wall_ms, counter, device)


class HybridClock:
    """Thread-safe HLC for one device."""

    def __init__(
        self,
        device: str,
        now_ms: Callable[[], int] | None = None,
        max_drift_ms: int = 60_000,
        last: Timestamp | None = None,
    ) -> None:
        self._device = device
        self._now_ms = now_ms if now_ms is not None else wall_clock_ms
        self._max_drift_ms = max_drift_ms
        self._last = last if last is not None else Timestamp(0, 0, device)
        self._lock = threading.Lock()

    @property
    def device(self) -> str:
        return self._device

    @property
    def max_drift_ms(self) -> int:
        return self._max_drift_ms

    @property
    def last(self) -> Timestamp:
        """The latest timestamp issued or merged; persist it to survive restarts."""
        with self._lock:
            return self._last

    def now(self) -> Timestamp:
        """Timestamp for a local event, strictly greater than anything seen before."""
        with self._lock:
            physical = self._now_ms()
            last = self._last
            if physical > last.wall_ms:
                stamp = Timestamp(physical, 0, self._device)
            else:
                stamp = _next(last.wall_ms, last.counter + 1, self._device)
            self._last = stamp
            return stamp

    def receive(self, remote: Timestamp) -> Timestamp:
        """Merge a remote timestamp (HLC receive rule) and return the new local one.

        Raises :class:`ClockDriftError` if the remote wall time is more than
        ``max_drift_ms`` ahead of our physical clock; the clock is unchanged then.
        """
        return self._merge(remote, check_drift=True)

    def advance(self, remote: Timestamp) -> Timestamp:
        """Merge a timestamp vouched for by the server (which clamps clocks ahead of its own).

        Unlike :meth:`receive` it does not compare with this PC's wall clock: a PC whose
        clock runs slow must still move past what it has seen.
        """
        return self._merge(remote, check_drift=False)

    def _merge(self, remote: Timestamp, *, check_drift: bool) -> Timestamp:
        with self._lock:
            physical = self._now_ms()
            if check_drift and remote.wall_ms > physical + self._max_drift_ms:
                raise ClockDriftError(remote, physical)
            last = self._last
            wall = max(last.wall_ms, remote.wall_ms, physical)
            if wall == last.wall_ms and wall == remote.wall_ms:
                counter = max(last.counter, remote.counter) + 1
            elif wall == last.wall_ms:
                counter = last.counter + 1
            elif wall == remote.wall_ms:
                counter = remote.counter + 1
            else:
                counter = 0
            stamp = _next(wall, counter, self._device)
            self._last = stamp
            return stamp

    @staticmethod
    def clamp(remote: Timestamp, reference_ms: int, max_drift_ms: int = 60_000) -> Timestamp:
        """``remote`` with its wall time cut to ``reference_ms + max_drift_ms`` if ahead.

        Lets sync accept a change from a PC whose clock runs far ahead without
        letting that clock drag every other PC's timestamps into the future.
        """
        limit = min(reference_ms + max_drift_ms, MAX_WALL_MS)
        if remote.wall_ms <= limit:
            return remote
        return Timestamp(limit, remote.counter, remote.device)
