"""The case specs: one definition per kind of case, as data, each milestone citing its rule.

A new kind of case (a new framework) is a new definition here, with its templates and forms, not
new code paths. `get_timeline(kind)` is how everything else reads them.
"""

from __future__ import annotations

from pathlib import Path

from sendops.errors import TimelineError
from sendops.specs.common import *  # noqa: F403  (the roles, actors and decisions every spec uses)
from sendops.specs.common import DRAFT_ROLES
from sendops.specs.framework_2016 import FULL_2016, REPORT, REVISIT
from sendops.specs.framework_2023 import (
    ENGAGEMENT_HELD,  # noqa: F401  (a decision, as those of common)
    Framework2023Policy,
    engagement_2023,
    full_2023,
    monitoring_2023,
)
from sendops.specs.wsoa import *  # noqa: F403  (the WSOA's events and policy)
from sendops.specs.wsoa import WsoaPolicy, wsoa_timeline
from sendops.timelines import Timeline


def _check(timelines: dict[str, Timeline]) -> None:
    """A restricted draft goes to the DCS and CCG/ICB chief executive(s) only (H§66, RV QA), and a
    follow-on case is of a known kind."""
    for timeline in timelines.values():
        for m in timeline.milestones:
            if m.restricted and not set(m.notify) <= set(DRAFT_ROLES):
                raise TimelineError(f"{timeline.kind}.{m.key} is restricted but notifies {m.notify}")
        opened = [m.opens for m in timeline.milestones if m.opens]
        opened += [kind for o in timeline.outcomes for kind in o.opens]
        for kind in opened:
            if kind not in timelines:
                raise TimelineError(f"{timeline.kind} opens an unknown kind of case {kind!r}")


def _timelines(wsoa: WsoaPolicy, framework_2023: Framework2023Policy) -> dict[str, Timeline]:
    timelines = (
        REVISIT,
        FULL_2016,
        REPORT,
        wsoa_timeline(wsoa),
        full_2023(framework_2023),
        monitoring_2023(framework_2023),
        engagement_2023(framework_2023),
    )
    out = {t.kind: t for t in timelines}
    _check(out)
    return out


TIMELINES: dict[str, Timeline] = _timelines(WsoaPolicy(), Framework2023Policy())
# The built-in kinds that run as a case flow with an on-site visit (scheduled by operators);
# with the kinds registered from spec modules, `case_kinds()`.
CASE_KINDS = ("revisit", "full-2016", "full-2023", "monitoring-2023", "engagement-2023")
# The folders of the templates of registered kinds (beside `templates/`).
TEMPLATE_DIRS: list[Path] = []


def register(timeline: Timeline, templates: Path | None = None) -> None:
    """A kind of case defined outside this package: a module named in sendops.toml's `[specs]
    modules` defines its Timeline (as the ones here are) and registers it, with the folder of its
    templates. Nothing else changes: the case flow, letters, digest, CLI and UI read the spec."""
    known = TIMELINES.get(timeline.kind)
    if known is not None and known != timeline:
        raise TimelineError(f"a kind of case {timeline.kind!r} is defined already")
    _check(TIMELINES | {timeline.kind: timeline})
    TIMELINES[timeline.kind] = timeline
    if templates is not None and templates not in TEMPLATE_DIRS:
        TEMPLATE_DIRS.append(templates)


def case_kinds() -> tuple[str, ...]:
    """The kinds an operator schedules: those with on-site days (a WSOA starts from its
    inspection), built-in and registered."""
    return tuple(kind for kind, timeline in TIMELINES.items() if timeline.onsite_days is not None)


_POLICIES = [(WsoaPolicy(), Framework2023Policy())]  # the ones TIMELINES was built from


def set_policies(*, wsoa: WsoaPolicy, framework_2023: Framework2023Policy) -> None:
    """Operations' settings (sendops.toml [wsoa] and [framework_2023]) replace the defaults."""
    if _POLICIES[0] != (wsoa, framework_2023):
        TIMELINES.update(_timelines(wsoa, framework_2023))
        _POLICIES[0] = (wsoa, framework_2023)


def framework_2023_policy() -> Framework2023Policy:
    """The [framework_2023] settings the timelines were built from (the register reads them too)."""
    return _POLICIES[0][1]


def get_timeline(kind: str) -> Timeline:
    try:
        return TIMELINES[kind]
    except KeyError:
        raise TimelineError(f"unknown timeline {kind!r}; known: {', '.join(TIMELINES)}") from None
