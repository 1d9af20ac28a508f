"""England & Wales working-day calendar, following the product's counting convention (DOMAIN.md).

- A working day is Monday to Friday, not an England & Wales bank holiday (substitute and one-off
  days included, from the `holidays` package) and not an operator-configured closure day.
- "Within N working days of E": E is day 0 and the deadline is the Nth working day after it; if E is
  not a working day, the first working day after it is day 1 (backwards: the first before it is -1).
- On-site day numbers (RV timeframe): day 1 is the first on-site day and must be a working day,
  day -k is the k-th working day before it, and there is no day 0.

The calendar is built once for a year range: `_rank[i]` counts the working days on or before the
i-th date of the range and `_working` lists the working days in order, so every operation is a
couple of list look-ups (O(1)), whatever N is.
"""

from __future__ import annotations

import datetime as dt
from calendar import monthrange
from collections.abc import Iterable
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays
import pendulum

from sendops.errors import CalendarError

TZ_NAME = "Europe/London"
LONDON = ZoneInfo(TZ_NAME)
UTC = dt.UTC
FIRST_YEAR = 2015
LAST_YEAR = 2040
END_OF_DAY = dt.time(23, 59, 59)


class WorkingDayCalendar:
    """Working days of England & Wales between 1 January `first_year` and 31 December `last_year`."""

    def __init__(
        self,
        *,
        first_year: int = FIRST_YEAR,
        last_year: int = LAST_YEAR,
        closure_days: Iterable[dt.date] = (),
    ) -> None:
        if first_year > last_year:
            raise CalendarError(f"first year {first_year} is after last year {last_year}")
        self.first = dt.date(first_year, 1, 1)
        self.last = dt.date(last_year, 12, 31)
        self.closure_days = frozenset(closure_days)
        bank = holidays.country_holidays("GB", subdiv="ENG", years=range(first_year, last_year + 1))
        self.bank_holidays = {day: str(name) for day, name in bank.items()}
        self._origin = self.first.toordinal()
        self._rank: list[int] = []
        self._working: list[int] = []
        for ordinal in range(self._origin, self.last.toordinal() + 1):
            day = dt.date.fromordinal(ordinal)
            if day.weekday() < 5 and day not in self.bank_holidays and day not in self.closure_days:
                self._working.append(ordinal)
            self._rank.append(len(self._working))

    def non_working_days(self) -> list[dt.date]:
        """Bank holidays and closure days that fall on weekdays: what a weekmask does not cover."""
        days = set(self.bank_holidays) | self.closure_days
        return sorted(d for d in days if d.weekday() < 5 and self.first <= d <= self.last)

    def _index(self, day: dt.date) -> int:
        if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
            raise CalendarError(f"expected a date, got {day!r}")
        if not self.first <= day <= self.last:
            raise CalendarError(
                f"{day.isoformat()} is outside the supported range "
                f"{self.first.isoformat()} to {self.last.isoformat()}"
            )
        return day.toordinal() - self._origin

    def _nth_working(self, k: int, start: dt.date, n: int) -> dt.date:
        if not 0 <= k < len(self._working):
            raise CalendarError(
                f"{n:+d} working days from {start.isoformat()} leaves the supported range "
                f"{self.first.isoformat()} to {self.last.isoformat()}"
            )
        return dt.date.fromordinal(self._working[k])

    def is_working_day(self, day: dt.date) -> bool:
        i = self._index(day)
        return self._rank[i] != (self._rank[i - 1] if i else 0)

    def why_not_working(self, day: dt.date) -> str | None:
        """None for a working day, else the reason (weekday name, bank holiday or closure)."""
        if self.is_working_day(day):
            return None
        if day in self.bank_holidays:
            return f"a bank holiday ({self.bank_holidays[day]})"
        if day in self.closure_days:
            return "a configured closure day"
        return f"a {day.strftime('%A')}"

    def add(self, day: dt.date, n: int) -> dt.date:
        """The date n working days after `day` (before it for negative n); `day` itself for n=0."""
        i = self._index(day)
        if n == 0:
            return day
        rank = self._rank[i]  # working days on or before `day`; rank-1 indexes the last of them
        # Backwards from a non-working day, day -1 is the last working day before it.
        k = rank + n if n < 0 and not self.is_working_day(day) else rank - 1 + n
        return self._nth_working(k, day, n)

    def add_months(self, day: dt.date, months: int) -> dt.date:
        """The first working day on or after the same day `months` calendar months later (the
        month's last day when it is shorter: 31 August + 6 months is 28 or 29 February)."""
        years, month0 = divmod(day.month - 1 + months, 12)
        year, month = day.year + years, month0 + 1
        date = dt.date(year, month, min(day.day, monthrange(year, month)[1]))
        return date if self.is_working_day(date) else self.add(date, 1)

    def between(self, start: dt.date, end: dt.date) -> int:
        """Working days after `start` up to and including `end` (negative when end < start)."""
        return self._rank[self._index(end)] - self._rank[self._index(start)]

    def require_working_day(self, day: dt.date, what: str) -> None:
        reason = self.why_not_working(day)
        if reason is not None:
            raise CalendarError(f"{what} {day.isoformat()} is not a working day: it is {reason}")

    def onsite_date(self, start: dt.date, day_number: int) -> dt.date:
        """The date of on-site day `day_number` for an on-site visit starting on `start` (day 1)."""
        self.require_working_day(start, "on-site start")
        if day_number == 0:
            raise CalendarError("there is no on-site day 0: day -1 is the working day before day 1")
        return self.add(start, day_number - 1 if day_number > 0 else day_number)

    def onsite_day_number(self, start: dt.date, day: dt.date) -> int:
        """The on-site day number of `day` (a working day) for a visit starting on `start`."""
        self.require_working_day(start, "on-site start")
        self.require_working_day(day, "date")
        offset = self.between(start, day)
        return offset + 1 if offset >= 0 else offset


@lru_cache(maxsize=65536)  # a pure function, called for every milestone of every schedule
def london_instant(day: dt.date, at: dt.time | None) -> dt.datetime:
    """The UTC instant of wall-clock time `at` in London on `day`; None means the end of the day."""
    at = at or END_OF_DAY
    local = pendulum.datetime(day.year, day.month, day.day, at.hour, at.minute, at.second, tz=TZ_NAME)
    return dt.datetime.fromtimestamp(local.timestamp(), tz=UTC)


def to_london(instant: dt.datetime) -> dt.datetime:
    if instant.tzinfo is None:
        raise CalendarError(f"instant {instant.isoformat()} has no time zone")
    return instant.astimezone(LONDON)


def parse_date(text: str, what: str = "date") -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise CalendarError(f"{what} {text.strip()!r} is not an ISO date (YYYY-MM-DD)") from None
