"""Statutory timelines as data: one definition per process, each milestone citing its rule.

Citations (DOMAIN.md): H§n = Handbook for inspecting local areas (2016 framework); RV = re-visit
guidance (Nov 2022); B17 = Ofsted blog 2017 on WSOAs.

Anchors and how offsets count:
- ONSITE_START: `offset` is an on-site day number (day 1 = first on-site day, no day 0).
- ONSITE_END: working days after the last on-site day (0 = that day itself).
- any other anchor is an event: working days after the event's date (the event is day 0).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from sendops.calendar import WorkingDayCalendar, london_instant
from sendops.errors import TimelineError
from sendops.status import CASE_STATUSES

ONSITE_START = "onsite_start"
ONSITE_END = "onsite_end"
NINE = dt.time(9, 0)
NOON = dt.time(12, 0)


@dataclass(frozen=True)
class Guard:
    """The earliest moment the decision a milestone awaits may be recorded: the start of
    milestone `after`'s day (`from_day`), or else its due instant. With `override`, an operator
    may record it earlier by giving a reason (audited)."""

    after: str
    rule: str
    from_day: bool = False
    override: bool = False


@dataclass(frozen=True)
class Period:
    """When a kind of case applies (its framework's programme), first and last on-site days
    inclusive; None: open-ended."""

    first: dt.date | None
    last: dt.date | None
    rule: str

    def __contains__(self, day: dt.date) -> bool:
        return (self.first is None or self.first <= day) and (self.last is None or day <= self.last)

    def __str__(self) -> str:
        first = f"from {self.first.isoformat()}" if self.first else ""
        last = f"to {self.last.isoformat()}" if self.last else "on"
        return f"{first} {last}".strip() if self.first else f"until {self.last.isoformat()}"


@dataclass(frozen=True)
class Outcome:
    """One outcome a case's outcome decision may record, in the published wording, and what it
    sets in motion: the next full inspection due, support and challenge, follow-on cases."""

    key: str
    wording: str
    rule: str
    next_full_months: int | None = None  # the next full inspection is due about this long after
    support: str = ""  # the DfE and NHS England's support and challenge
    opens: tuple[str, ...] = ()  # kinds of follow-on case it calls for
    follow_on_months: int | None = None  # ... due this many calendar months after the final report


@dataclass(frozen=True)
class Milestone:
    key: str
    anchor: str
    offset: int
    at: dt.time | None  # London wall-clock time; None = end of that day
    title: str
    actor: str
    rule: str
    notify: tuple[str, ...] = ()  # contact roles told when the milestone is reached
    awaits: str | None = None  # decision that completes it; None: reached when its time comes
    restricted: bool = False  # its messages carry a restricted draft (H§66)
    closed_by: str | None = None  # an event that completes it (late if the event's date is after it)
    moot_after: str | None = None  # an event after which it is skipped (reminders, chases)
    sends: str | None = None  # the communication (templates/<sends>.txt.j2) sent to `notify`
    status: str | None = None  # the case's status once it is reached
    guard: Guard | None = None  # the earliest moment its decision may be recorded
    opens: str | None = None  # the kind of follow-on case it opens, when its decisions call for one
    months: bool = False  # `offset` counts calendar months (then the next working day), not working days
    only_for: tuple[str, ...] = ()  # only for these outcomes (Outcome.key); () for every case
    only_if: str | None = None  # only once the case records this fact (a decision's finding)
    # Reached with the decision of milestone `follows`, at the moment it is recorded, not by its
    # own time (which it shares with that milestone as its deadline): what must come after a
    # confirmed step (H§18-22: the CCG/ICB, the LANO, the PCF and IASS after the DCS's call).
    follows: str | None = None
    # The operations message (templates/<alert>.txt.j2) sent once if its decision is not recorded
    # by its due time (an unconfirmed notification call at 10:00, H§17): tasks/alerts.py.
    alert: str | None = None


@dataclass(frozen=True)
class Timeline:
    kind: str
    title: str
    milestones: tuple[Milestone, ...]
    onsite_days: tuple[int, int] | None = None  # (fewest, most) on-site days, for on-site kinds
    usual_days: int | None = None  # on-site days when none are given (default: the fewest)
    notice_days: int = 0  # working days of notice before day 1
    noun: str = ""  # what letters call one: "re-visit", "area SEND inspection"
    report: str = ""  # what letters call its report: "re-visit letter", "inspection report"
    outcomes: tuple[Outcome, ...] = ()  # the outcome decision's choices, when it records one of a list
    reviews: str = ""  # the areas it checks, which it cannot be scheduled without (Case.weaknesses)
    term_time: str = ""  # the rule, when its on-site days must fall in school term time
    period: Period | None = None  # when it applies; outside it only with an acknowledgement

    def __post_init__(self) -> None:
        keys = [m.key for m in self.milestones]
        if len(keys) != len(set(keys)):
            raise TimelineError(f"timeline {self.kind!r} repeats a milestone key")
        for m in self.milestones:
            if bool(m.notify) != bool(m.sends):
                raise TimelineError(f"{self.kind}.{m.key}: a milestone that notifies says what it sends")
            if m.guard is not None and (not m.awaits or m.guard.after not in keys):
                raise TimelineError(f"{self.kind}.{m.key}: its guard needs a decision and a milestone")
            if not set(m.only_for) <= {o.key for o in self.outcomes}:
                raise TimelineError(f"{self.kind}.{m.key} is only for an outcome {self.kind} does not have")
            if m.status is not None and m.status not in CASE_STATUSES:
                raise TimelineError(f"{self.kind}.{m.key} moves the case to an unknown status {m.status!r}")
            if m.months and m.anchor in (ONSITE_START, ONSITE_END):
                raise TimelineError(f"{self.kind}.{m.key}: months count from an event, not an on-site day")
            if m.alert and not m.awaits:
                raise TimelineError(f"{self.kind}.{m.key}: only a milestone awaiting a decision alerts")
            if m.follows is not None:
                leader = next((x for x in self.milestones if x.key == m.follows), None)
                if leader is None or not leader.awaits or m.awaits:
                    raise TimelineError(f"{self.kind}.{m.key} follows a milestone that awaits no decision")
                if (leader.anchor, leader.offset, leader.at) != (m.anchor, m.offset, m.at):
                    raise TimelineError(f"{self.kind}.{m.key}: its deadline is {m.follows}'s")

    def followers(self, key: str) -> tuple[Milestone, ...]:
        """The milestones reached with milestone `key`'s decision (Milestone.follows)."""
        return tuple(m for m in self.milestones if m.follows == key)

    def moving_to(self, status: str) -> Milestone | None:
        """The milestone that moves a case to `status` (e.g. its notification, "notified")."""
        return next((m for m in self.milestones if m.status == status), None)

    def outcome(self, key: str) -> Outcome:
        for o in self.outcomes:
            if o.key == key:
                return o
        known = ", ".join(o.key for o in self.outcomes) or "none"
        raise TimelineError(f"{self.kind} has no outcome {key!r}; its outcomes: {known}")

    @property
    def events(self) -> tuple[str, ...]:
        named = [name for m in self.milestones for name in (m.anchor, m.closed_by, m.moot_after) if name]
        return tuple(a for a in dict.fromkeys(named) if a not in (ONSITE_START, ONSITE_END))

    def milestone(self, key: str) -> Milestone:
        for m in self.milestones:
            if m.key == key:
                return m
        raise TimelineError(f"timeline {self.kind!r} has no milestone {key!r}")


@dataclass(frozen=True)
class ScheduledMilestone:
    key: str
    date: dt.date
    due: dt.datetime  # UTC
    title: str
    actor: str
    rule: str
    anchor: str
    day_label: str  # "day -10", "day 1", "+28 after day 3"
    end_of_day: bool = False
    notify: tuple[str, ...] = ()
    awaits: str | None = None
    restricted: bool = False
    sends: str | None = None


def schedule(
    timeline: Timeline,
    calendar: WorkingDayCalendar,
    *,
    start: dt.date | None = None,
    days: int | None = None,
    events: dict[str, dt.date] | None = None,
    outcome: str | None = None,
    facts: Collection[str] = (),
) -> list[ScheduledMilestone]:
    """The dated milestones of `timeline` whose anchors are known (and, for those only for some
    outcomes or only if a fact is recorded, whose case has one of them / that fact: `facts` names
    those it has), in order of due time."""
    events = dict(events or {})
    unknown = set(events) - set(timeline.events)
    if unknown:
        raise TimelineError(
            f"timeline {timeline.kind!r} has no event {sorted(unknown)[0]!r}; "
            f"its events are: {', '.join(timeline.events) or 'none'}"
        )
    anchors: dict[str, dt.date] = dict(events)
    if timeline.onsite_days is not None:
        if start is None:
            raise TimelineError(f"a {timeline.kind} timeline needs an on-site start date")
        fewest, most = timeline.onsite_days
        days = (timeline.usual_days or fewest) if days is None else days
        if not fewest <= days <= most:
            length = f"{fewest} to {most} on-site days" if fewest < most else f"{fewest} on-site day(s)"
            raise TimelineError(f"{timeline.kind} lasts {length}, not {days}")
        anchors[ONSITE_START] = start
        anchors[ONSITE_END] = calendar.onsite_date(start, days)
    elif start is not None or days is not None:
        raise TimelineError(f"a {timeline.kind} timeline is event-relative: it takes no start")
    if not anchors:
        raise TimelineError(
            f"a {timeline.kind} timeline needs at least one event date: {', '.join(timeline.events)}"
        )

    dated = []
    for m in timeline.milestones:
        if m.anchor not in anchors or (m.only_for and outcome not in m.only_for):
            continue
        if m.only_if and m.only_if not in facts:
            continue
        base = anchors[m.anchor]
        if m.anchor == ONSITE_START:
            date, label = calendar.onsite_date(base, m.offset), f"day {m.offset}"
        elif m.months:
            date, label = calendar.add_months(base, m.offset), f"+{m.offset} months after {m.anchor}"
        else:
            date = calendar.add(base, m.offset)
            origin = f"day {days}" if m.anchor == ONSITE_END else m.anchor
            label = f"+{m.offset} after {origin}" if m.offset else origin
        if m.moot_after in anchors and date > anchors[m.moot_after]:
            continue  # e.g. a chase after the WSOA came in
        dated.append(
            ScheduledMilestone(
                key=m.key,
                date=date,
                due=london_instant(date, m.at),
                title=m.title,
                actor=m.actor,
                rule=m.rule,
                anchor=m.anchor,
                day_label=label,
                end_of_day=m.at is None,
                notify=m.notify,
                awaits=m.awaits,
                restricted=m.restricted,
                sends=m.sends,
            )
        )
    return sorted(dated, key=lambda s: s.due)
