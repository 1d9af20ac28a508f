"""The one clock: real time, or an accelerated clock that every process of a run agrees on.

The accelerated clock is a pure function of the real clock, so any process (the server's runs, the
CLI, the tests) that is given the same `SENDOPS_CLOCK` value computes the same simulated time:

    SENDOPS_CLOCK="accelerated 2026-03-02T08:00:00+00:00 1795400000.0 20000"

means: simulated time 2026-03-02 08:00 UTC at real Unix time 1795400000.0, running 20,000 times
faster than real time (one calendar week in about 30 real seconds).
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass

from sendops.errors import SendopsError

UTC = dt.UTC


@dataclass(frozen=True)
class Clock:
    speed: float = 1.0
    sim_epoch: dt.datetime | None = None  # None: the real clock
    real_epoch: float = 0.0

    @property
    def accelerated(self) -> bool:
        return self.sim_epoch is not None

    def now(self) -> dt.datetime:
        return self.sim_at(time.time())

    def sim_at(self, real_unix: float) -> dt.datetime:
        """The simulated instant at real Unix time `real_unix`."""
        if self.sim_epoch is None:
            return dt.datetime.fromtimestamp(real_unix, tz=UTC)
        return self.sim_epoch + dt.timedelta(seconds=(real_unix - self.real_epoch) * self.speed)

    def real_at(self, sim: dt.datetime) -> float:
        """The real Unix time at which the clock shows `sim`."""
        if self.sim_epoch is None:
            return sim.timestamp()
        return self.real_epoch + (sim - self.sim_epoch).total_seconds() / self.speed

    def real_seconds_until(self, sim: dt.datetime) -> float:
        return self.real_at(sim) - time.time()

    def spec(self) -> str:
        if self.sim_epoch is None:
            return "real"
        return f"accelerated {self.sim_epoch.isoformat()} {self.real_epoch!r} {self.speed!r}"

    @classmethod
    def accelerated_from(cls, sim_now: dt.datetime, speed: float) -> Clock:
        """An accelerated clock that shows `sim_now` now."""
        if sim_now.tzinfo is None:
            raise SendopsError("the simulated start time needs a time zone")
        if speed <= 0:
            raise SendopsError(f"clock speed must be positive, not {speed}")
        return cls(speed=speed, sim_epoch=sim_now.astimezone(UTC), real_epoch=time.time())

    @classmethod
    def parse(cls, spec: str) -> Clock:
        parts = spec.split()
        if parts == ["real"] or not parts:
            return cls()
        try:
            kind, sim, real, speed = parts
            if kind != "accelerated":
                raise ValueError(kind)
            sim_epoch = dt.datetime.fromisoformat(sim)
            if sim_epoch.tzinfo is None:
                raise ValueError(sim)
            return cls(speed=float(speed), sim_epoch=sim_epoch.astimezone(UTC), real_epoch=float(real))
        except ValueError:
            raise SendopsError(
                f"SENDOPS_CLOCK {spec!r} is neither 'real' nor 'accelerated SIM_ISO REAL_UNIX SPEED'"
            ) from None
