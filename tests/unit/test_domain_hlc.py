"""Hybrid logical clock: monotonicity, receive rule, drift refusal, encoding."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.domain.hlc import (
    MAX_COUNTER,
    ClockDriftError,
    HybridClock,
    Timestamp,
    wall_clock_ms,
)


class FakeClock:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


timestamps = st.builds(
    Timestamp,
    wall_ms=st.integers(min_value=0, max_value=10**13 - 1),
    counter=st.integers(min_value=0, max_value=MAX_COUNTER),
    device=st.text(max_size=12),
)


def test_now_uses_wall_clock_when_it_advances() -> None:
    fake = FakeClock(1_000)
    clock = HybridClock("a", now_ms=fake)
    assert clock.now() == Timestamp(1_000, 0, "a")
    fake.ms = 2_000
    assert clock.now() == Timestamp(2_000, 0, "a")


def test_now_counts_within_same_millisecond() -> None:
    clock = HybridClock("a", now_ms=FakeClock(1_000))
    assert [clock.now().counter for _ in range(3)] == [0, 1, 2]


def test_monotonic_when_wall_clock_goes_backwards() -> None:
    fake = FakeClock(10_000)
    clock = HybridClock("a", now_ms=fake)
    first = clock.now()
    fake.ms = 5_000
    second = clock.now()
    third = clock.now()
    assert first < second < third
    assert second.wall_ms == 10_000
    fake.ms = 10_001
    assert clock.now() == Timestamp(10_001, 0, "a")


@given(st.lists(st.integers(min_value=0, max_value=10**12), min_size=1, max_size=50))
def test_now_strictly_increasing_for_any_wall_sequence(walls: list[int]) -> None:
    fake = FakeClock(walls[0])
    clock = HybridClock("a", now_ms=fake)
    previous = clock.now()
    for wall in walls:
        fake.ms = wall
        current = clock.now()
        assert current > previous
        assert current.encode() > previous.encode()
        previous = current


def test_counter_overflow_advances_wall() -> None:
    clock = HybridClock("a", now_ms=FakeClock(1), last=Timestamp(1, MAX_COUNTER, "a"))
    stamp = clock.now()
    assert stamp == Timestamp(2, 0, "a")
    assert stamp.encode() > Timestamp(1, MAX_COUNTER, "a").encode()


def test_restores_from_persisted_last() -> None:
    persisted = Timestamp(50_000, 7, "a")
    clock = HybridClock("a", now_ms=FakeClock(1_000), last=persisted)
    assert clock.last == persisted
    assert clock.now() == Timestamp(50_000, 8, "a")
    assert clock.last == Timestamp(50_000, 8, "a")


def test_receive_remote_ahead_takes_remote_wall() -> None:
    clock = HybridClock("a", now_ms=FakeClock(1_000))
    merged = clock.receive(Timestamp(1_500, 4, "b"))
    assert merged == Timestamp(1_500, 5, "a")


def test_receive_physical_ahead_resets_counter() -> None:
    clock = HybridClock("a", now_ms=FakeClock(9_000), last=Timestamp(2_000, 3, "a"))
    assert clock.receive(Timestamp(1_500, 4, "b")) == Timestamp(9_000, 0, "a")


def test_receive_local_ahead_increments_local_counter() -> None:
    clock = HybridClock("a", now_ms=FakeClock(1_000), last=Timestamp(3_000, 3, "a"))
    assert clock.receive(Timestamp(2_000, 9, "b")) == Timestamp(3_000, 4, "a")


def test_receive_equal_walls_takes_max_counter() -> None:
    clock = HybridClock("a", now_ms=FakeClock(1_000), last=Timestamp(3_000, 3, "a"))
    assert clock.receive(Timestamp(3_000, 9, "b")) == Timestamp(3_000, 10, "a")
    assert clock.receive(Timestamp(3_000, 2, "b")) == Timestamp(3_000, 11, "a")


@given(
    st.lists(
        st.tuples(st.booleans(), st.integers(0, 10**9), st.integers(0, 10**9), st.integers(0, 50)),
        min_size=1,
        max_size=40,
    )
)
def test_every_result_exceeds_all_seen(events: list[tuple[bool, int, int, int]]) -> None:
    fake = FakeClock(0)
    clock = HybridClock("a", now_ms=fake, max_drift_ms=10**10)
    seen = Timestamp(0, 0, "")
    for is_receive, wall, remote_wall, remote_counter in events:
        fake.ms = wall
        if is_receive:
            remote = Timestamp(remote_wall, remote_counter, "b")
            result = clock.receive(remote)
            assert result > remote
        else:
            result = clock.now()
        assert result > seen
        seen = max(seen, result)


def test_receive_refuses_remote_far_ahead() -> None:
    clock = HybridClock("a", now_ms=FakeClock(1_000), max_drift_ms=60_000)
    before = clock.last
    remote = Timestamp(1_000 + 60_001, 0, "b")
    with pytest.raises(ClockDriftError) as info:
        clock.receive(remote)
    assert info.value.remote == remote
    assert info.value.local_ms == 1_000
    assert clock.last == before


def test_receive_accepts_remote_at_drift_limit() -> None:
    clock = HybridClock("a", now_ms=FakeClock(1_000), max_drift_ms=60_000)
    assert clock.receive(Timestamp(61_000, 0, "b")) == Timestamp(61_000, 1, "a")


def test_clamp() -> None:
    remote = Timestamp(500_000, 3, "b")
    assert HybridClock.clamp(remote, 1_000) == Timestamp(61_000, 3, "b")
    assert HybridClock.clamp(remote, 1_000, max_drift_ms=10) == Timestamp(1_010, 3, "b")
    assert HybridClock.clamp(remote, 480_000) is remote


def test_encode_format() -> None:
    assert Timestamp(1_700_000_000_000, 42, "pc-1").encode() == "1700000000000-00042-pc-1"


@given(timestamps)
def test_encode_parse_round_trip(stamp: Timestamp) -> None:
    assert Timestamp.parse(stamp.encode()) == stamp


@given(timestamps, timestamps)
def test_encoding_preserves_order(a: Timestamp, b: Timestamp) -> None:
    assert (a < b) == (a.encode() < b.encode())
    assert (a == b) == (a.encode() == b.encode())


@pytest.mark.parametrize(
    "text", ["", "garbage", "123-45-x", "1700000000000-0042-a", "17000000000000-00042-a", "-1-2-3"]
)
def test_parse_rejects_garbage(text: str) -> None:
    with pytest.raises(ValueError):
        Timestamp.parse(text)


@pytest.mark.parametrize(("wall", "counter"), [(-1, 0), (10**13, 0), (0, -1), (0, MAX_COUNTER + 1)])
def test_timestamp_rejects_out_of_range(wall: int, counter: int) -> None:
    with pytest.raises(ValueError):
        Timestamp(wall, counter, "a")


def test_wall_clock_ms_is_plausible() -> None:
    assert 1_600_000_000_000 < wall_clock_ms() < 10**13


def test_thread_safe_unique_timestamps() -> None:
    clock = HybridClock("a", now_ms=FakeClock(1_000))
    results: list[Timestamp] = []
    lock = threading.Lock()

    def work() -> None:
        local = [clock.now() for _ in range(500)]
        with lock:
            results.extend(local)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(results)) == 2_000


def test_advance_moves_past_a_vouched_stamp_without_a_drift_check() -> None:
    clock = HybridClock("pc", now_ms=lambda: 1_000)
    far = Timestamp(10_000_000, 3, "server")
    stamp = clock.advance(far)
    assert stamp > far and clock.now() > far
