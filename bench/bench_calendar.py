"""Benchmark: WorkingDayCalendar.add against numpy.busday_offset, one pair at a time.

Same 1,000,000 random (date, N) pairs in 2018-2035, same holiday list. Prints operations per
second for each (median of REPEATS runs) and the ratio. Run: .venv/bin/python bench/bench_calendar.py
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import time

import numpy as np

from sendops.calendar import WorkingDayCalendar

PAIRS = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
REPEATS = 3


def make_pairs(count: int) -> list[tuple[dt.date, int]]:
    rng = random.Random(42)
    origin, span = dt.date(2018, 1, 1).toordinal(), dt.date(2035, 12, 31).toordinal()
    return [(dt.date.fromordinal(rng.randint(origin, span)), rng.randint(-250, 250)) for _ in range(count)]


def timed(fn) -> float:
    runs = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def row(label: str, seconds: float) -> None:
    print(f"{label:<45} {PAIRS / seconds:>12,.0f} ops/s {seconds / PAIRS * 1e9:>8.0f} ns/op")


def main() -> None:
    t0 = time.perf_counter()
    cal = WorkingDayCalendar()
    build = time.perf_counter() - t0
    pairs = make_pairs(PAIRS)
    busdays = np.busdaycalendar(holidays=cal.non_working_days())
    np_pairs = [(np.datetime64(d, "D"), n, "backward" if n > 0 else "forward") for d, n in pairs]

    ours = [cal.add(d, n) for d, n in pairs[:10_000]]
    theirs = [np.busday_offset(d, n, roll=r, busdaycal=busdays) if n else d for d, n, r in np_pairs[:10_000]]
    mismatches = sum(a != b.astype(dt.date) for a, b in zip(ours, theirs, strict=True))

    add = cal.add
    t_ours = timed(lambda: [add(d, n) for d, n in pairs])
    offset = np.busday_offset
    t_numpy = timed(lambda: [offset(d, n, roll=r, busdaycal=busdays) for d, n, r in np_pairs])
    dates = np.array([p[0] for p in np_pairs])
    counts = np.array([p[1] for p in pairs])
    t_vector = timed(lambda: np.busday_offset(dates, counts, roll="backward", busdaycal=busdays))

    print(f"calendar build 2015-2040: {build * 1000:.1f} ms")
    print(f"pairs: {PAIRS:,} in 2018-2035, N in [-250, 250]; median of {REPEATS} runs")
    row("sendops add (one pair a call)", t_ours)
    row("numpy busday_offset (one pair a call)", t_numpy)
    row("numpy busday_offset (vectorised, reference)", t_vector)
    print(f"speed ratio sendops / numpy per call: {t_numpy / t_ours:.1f}x")
    print(f"mismatches against numpy on 10,000 pairs: {mismatches}")


if __name__ == "__main__":
    main()
